package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	stack := queue.NewLifoQueue(0)
	for i := 0; i < 5; i++ {
		stack.Put(i)
	}
	var out []any
	t := &threading.Thread{Target: func() {
		for i := 0; i < 3; i++ {
			out = append(out, stack.Get())
		}
	}}
	t.Start()
	t.Join()
	stack.Put(99)
	a := stack.Get()
	b := stack.Get()
	c := stack.Get()
	fmt.Printf("[%v, %v, %v] %v %v %v %s\n", out[0], out[1], out[2], a, b, c, pyBool(stack.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
