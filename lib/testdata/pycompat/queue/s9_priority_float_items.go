package main

import (
	"fmt"
	"strconv"

	"github.com/gonotes/gonotes/lib/queue"
)

func pyFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if f == float64(int64(f)) {
		s += ".0"
	}
	return s
}

func main() {
	q := queue.NewPriorityQueue(0)
	for _, p := range []float64{2.0, 0.5, 10.25, 1e-3, 3.0} {
		q.Put(queue.Item{Priority: p, Value: pyFloat(p)})
	}
	for !q.Empty() {
		fmt.Println(q.Get())
	}
}
