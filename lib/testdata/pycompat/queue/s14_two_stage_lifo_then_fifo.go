package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	stack := queue.NewLifoQueue(0)
	line := queue.New(0)
	for i := 1; i < 6; i++ {
		stack.Put(i)
	}
	for !stack.Empty() {
		line.Put(stack.Get().(int) * 10)
	}
	var out []string
	for n := line.Qsize(); n > 0; n-- {
		out = append(out, fmt.Sprint(line.Get()))
	}
	fmt.Println("["+strings.Join(out, ", ")+"]", stack.Qsize(), line.Qsize())
}
