package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func worker() {}

func main() {
	a := &threading.Thread{Target: worker}
	b := &threading.Thread{}
	fmt.Println(a.GetName())
	fmt.Println(b.GetName())
	fmt.Println(a)
	a.Start()
	a.Join()
	fmt.Println(a.GetName(), b.GetName())
}
