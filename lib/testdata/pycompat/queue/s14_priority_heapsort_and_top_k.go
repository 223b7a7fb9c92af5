package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

func list(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	data := []int{42, 7, 19, 3, 88, 7, 56, 21, 3, 64}
	pq := queue.NewPriorityQueue(0)
	for _, x := range data {
		pq.Put(x)
	}
	var out []int
	for n := pq.Qsize(); n > 0; n-- {
		out = append(out, pq.Get().(int))
	}
	fmt.Println(list(out))
	top := queue.NewPriorityQueue(3)
	for _, x := range data {
		if err := top.PutNowait(x); err == queue.ErrFull {
			smallest, _ := top.GetNowait()
			top.PutNowait(max(smallest.(int), x))
		}
	}
	var best []int
	for i := 0; i < 3; i++ {
		best = append(best, top.Get().(int))
	}
	sort.Ints(best)
	fmt.Println(list(best), map[bool]string{true: "True", false: "False"}[top.Empty()])
}
