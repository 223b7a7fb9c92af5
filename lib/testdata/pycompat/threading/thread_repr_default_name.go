package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func worker() {}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	fmt.Println(strings.Split(t.String(), ",")[0])
	u := &threading.Thread{Target: worker}
	u.Start()
	u.Join()
	fmt.Println(strings.Split(u.String(), ",")[0], u.Name)
}
