package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var items = []string{"start"}

func child(q *multiprocessing.Queue) {
	items = append(items, "child")
	q.Put(append([]string{}, items...))
}

func main() {
	multiprocessing.Main(child)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: child, Args: []any{q}}
	p.Start()
	got := q.Get().([]string)
	fmt.Println("child saw:", "['"+strings.Join(got, "', '")+"']")
	p.Join()
	fmt.Println("parent has:", "['"+strings.Join(items, "', '")+"']")
}
