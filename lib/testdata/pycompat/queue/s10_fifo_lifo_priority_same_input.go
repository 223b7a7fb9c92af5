package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	Get() any
	Empty() bool
}

func main() {
	data := []int{4, 1, 3, 1, 5}
	names := []string{"Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"}
	for i, q := range []q{queue.New(0), queue.NewLifoQueue(0), queue.NewPriorityQueue(0), queue.NewSimpleQueue()} {
		for _, x := range data {
			q.Put(x)
		}
		var got []string
		for range data {
			got = append(got, fmt.Sprint(q.Get()))
		}
		e := "False"
		if q.Empty() {
			e = "True"
		}
		fmt.Println(names[i], "["+strings.Join(got, ", ")+"]", e)
	}
}
