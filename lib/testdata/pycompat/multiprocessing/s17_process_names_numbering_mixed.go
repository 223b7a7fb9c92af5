package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func nameOf(q *multiprocessing.Queue) {
	q.Put(multiprocessing.CurrentProcess().GetName())
}

func main() {
	multiprocessing.Main(nameOf)
	q := multiprocessing.NewQueue()
	a := &multiprocessing.Process{Target: nameOf, Args: []any{q}}
	fmt.Print(a.GetName(), " ")
	b := &multiprocessing.Process{Target: nameOf, Args: []any{q}, Name: "custom"}
	fmt.Print(b.GetName(), " ")
	c := &multiprocessing.Process{Target: nameOf, Args: []any{q}}
	fmt.Println(c.GetName())
	for _, p := range []*multiprocessing.Process{a, b, c} {
		p.Start()
		p.Join()
	}
	fmt.Printf("['%v', '%v', '%v']\n", q.Get(), q.Get(), q.Get())
}
