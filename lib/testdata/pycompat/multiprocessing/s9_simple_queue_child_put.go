package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func produce(q *multiprocessing.SimpleQueue) {
	for i := range 3 {
		q.Put(i * 100)
	}
}

func main() {
	multiprocessing.Main(produce)
	q := multiprocessing.NewSimpleQueue()
	fmt.Println(pyBool(q.Empty()))
	p := &multiprocessing.Process{Target: produce, Args: []any{q}}
	p.Start()
	p.Join()
	a, b, c := q.Get(), q.Get(), q.Get()
	fmt.Printf("[%v, %v, %v] %s\n", a, b, c, pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
