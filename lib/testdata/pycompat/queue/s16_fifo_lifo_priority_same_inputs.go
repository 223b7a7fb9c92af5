package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

type q interface {
	Put(any)
	Get() any
}

func main() {
	data := []int{5, 1, 4, 2, 3}
	for _, k := range []struct {
		name string
		q    q
	}{{"Queue", queue.New(0)}, {"LifoQueue", queue.NewLifoQueue(0)}, {"PriorityQueue", queue.NewPriorityQueue(0)}, {"SimpleQueue", queue.NewSimpleQueue()}} {
		for _, x := range data {
			k.q.Put(x)
		}
		var out []string
		for range data {
			out = append(out, fmt.Sprint(k.q.Get()))
		}
		fmt.Println(k.name, "["+strings.Join(out, ", ")+"]")
	}
}
