package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

var stack = queue.NewLifoQueue(0)
var trace []string

func call(name string, depth int) {
	stack.Put(name)
	trace = append(trace, fmt.Sprintf("enter %s (depth %d)", name, stack.Qsize()))
	if depth > 0 {
		call(name+".child", depth-1)
	}
	top := stack.Get()
	trace = append(trace, fmt.Sprintf("leave %s", top))
}

func main() {
	call("main", 2)
	fmt.Println(strings.Join(trace, "\n"))
	fmt.Println(map[bool]string{true: "True", false: "False"}[stack.Empty()])
}
