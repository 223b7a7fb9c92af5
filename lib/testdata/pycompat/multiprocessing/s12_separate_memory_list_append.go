package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var shared []string

func show(xs []string) string {
	var q []string
	for _, x := range xs {
		q = append(q, "'"+x+"'")
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func add(x string) {
	shared = append(shared, x)
	fmt.Println("child sees", show(shared))
}

func main() {
	multiprocessing.Main(add)
	shared = append(shared, "parent")
	p := &multiprocessing.Process{Target: add, Args: []any{"child"}}
	p.Start()
	p.Join()
	fmt.Println("parent sees", show(shared))
}
