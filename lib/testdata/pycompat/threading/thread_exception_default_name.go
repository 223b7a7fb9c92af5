package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func worker() {
	panic("IndexError: list index out of range")
}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	u := &threading.Thread{Target: worker}
	u.Start()
	u.Join()
	fmt.Println(t.Name, u.Name)
}
