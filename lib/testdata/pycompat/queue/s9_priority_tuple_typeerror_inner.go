package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
)

func main() {
	pairs := [][2]any{
		{[]any{1, "b"}, []any{"a", 1}},
		{[]any{1, "b"}, []any{1, 2}},
		{[]any{1, 2, "x"}, []any{1, 2, 3}},
		{3, "x"},
		{2.5, "y"},
	}
	for _, p := range pairs {
		q := queue.NewPriorityQueue(0)
		q.Put(p[0])
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println(e)
				}
			}()
			q.Put(p[1])
			fmt.Println("ok", p[1])
		}()
	}
}
