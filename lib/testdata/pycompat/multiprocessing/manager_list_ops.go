package main

import (
	"fmt"
	"slices"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(lst *multiprocessing.ListProxy, x int) {
	lst.Append(x)
}

func main() {
	multiprocessing.Main(add)
	m := multiprocessing.NewManager()
	lst := m.List(10)
	var ps []*multiprocessing.Process
	for i := 0; i < 3; i++ {
		ps = append(ps, &multiprocessing.Process{Target: add, Args: []any{lst, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var xs []int
	for _, x := range lst.Copy() {
		xs = append(xs, x.(int))
	}
	sort.Ints(xs)
	fmt.Printf("[%d, %d, %d, %d] %d\n", xs[0], xs[1], xs[2], xs[3], lst.Len())
	lst.Extend([]int{7, 7})
	idx, _ := lst.Index(10)
	c := lst.Count(7)
	popped := lst.Pop()
	fmt.Println(c, idx, popped, lst.Len())
	lst.Remove(7)
	fmt.Println(pyBool(slices.Contains(lst.Copy(), any(7))), lst.Len())
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
