package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func inner() {
	panic("ValueError: inner failed")
}

func outer() {
	t := &threading.Thread{Target: inner}
	t.Start()
	t.Join()
	alive := "False"
	if t.IsAlive() {
		alive = "True"
	}
	fmt.Println("outer saw inner end:", alive)
}

func main() {
	o := &threading.Thread{Target: outer, Name: "outer"}
	o.Start()
	o.Join()
	fmt.Println("main done")
}
