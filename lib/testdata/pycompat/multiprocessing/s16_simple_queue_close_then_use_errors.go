package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func child(q *multiprocessing.SimpleQueue) {
	q.Put("from child")
}

func try(name string, f func() error) {
	defer func() {
		if r := recover(); r != nil {
			kind, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
			fmt.Println(name, kind, msg)
		}
	}()
	if err := f(); err != nil {
		kind, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println(name, kind, msg)
	}
}

func main() {
	multiprocessing.Main(child)
	q := multiprocessing.NewSimpleQueue()
	p := &multiprocessing.Process{Target: child, Args: []any{q}}
	p.Start()
	fmt.Println(q.Get(), map[bool]string{true: "True", false: "False"}[q.Empty()])
	p.Join()
	q.Close()
	try("put", func() error { return q.Put(2) })
	try("get", func() error { q.Get(); return nil })
	try("empty", func() error { q.Empty(); return nil })
	q.Close()
	fmt.Println("closing twice is fine")
}
