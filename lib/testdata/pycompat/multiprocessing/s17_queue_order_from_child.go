package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func produce(q *multiprocessing.Queue, n int) {
	for i := range n {
		q.Put([]any{"item", i})
	}
	q.Put(nil)
}

func main() {
	multiprocessing.Main(produce)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: produce, Args: []any{q, 25}}
	p.Start()
	var got []int
	for {
		x, _ := q.GetTimeout(30 * time.Second)
		if x == nil {
			break
		}
		got = append(got, x.([]any)[1].(int))
	}
	p.Join()
	ok := len(got) == 25
	for i, g := range got {
		ok = ok && g == i
	}
	fmt.Println(map[bool]string{true: "True", false: "False"}[ok], len(got), p.ExitCode())
}
