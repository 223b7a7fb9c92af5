package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work(q *multiprocessing.Queue, d *multiprocessing.DictProxy, n int) {
	q.Put(n * n)
	d.Set(n, fmt.Sprint(n))
}

func main() {
	multiprocessing.Main(work)
	m := multiprocessing.NewManager()
	q := m.Queue()
	d := m.Dict()
	var ps []*multiprocessing.Process
	for n := 0; n < 4; n++ {
		ps = append(ps, &multiprocessing.Process{Target: work, Args: []any{q, d, n}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var xs []int
	for i := 0; i < 4; i++ {
		xs = append(xs, q.Get().(int))
	}
	sort.Ints(xs)
	fmt.Printf("[%d, %d, %d, %d] %s\n", xs[0], xs[1], xs[2], xs[3], pyBool(q.Empty()))
	var items []string
	for n := 0; n < 4; n++ {
		items = append(items, fmt.Sprintf("(%d, '%s')", n, d.Get(n)))
	}
	fmt.Println("["+strings.Join(items, ", ")+"]", d.Len())
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
