package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(q *multiprocessing.SimpleQueue) {
	q.Put("from child")
	q.Put([]int{1, 2})
}

func main() {
	multiprocessing.Main(child)
	q := multiprocessing.NewSimpleQueue()
	fmt.Println(pyBool(q.Empty()))
	p := &multiprocessing.Process{Target: child, Args: []any{q}}
	p.Start()
	a := q.Get()
	b := q.Get().([]int)
	fmt.Printf("%v [%d, %d]\n", a, b[0], b[1])
	p.Join()
	fmt.Println(pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
