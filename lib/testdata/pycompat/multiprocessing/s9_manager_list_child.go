package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(lst *multiprocessing.ListProxy, d *multiprocessing.DictProxy, i int) {
	lst.Append(i)
	d.Set(i, i*i)
}

func main() {
	multiprocessing.Main(add)
	m := multiprocessing.NewManager()
	m.Start()
	lst := m.List()
	d := m.Dict()
	var ps []*multiprocessing.Process
	for i := range 3 {
		ps = append(ps, &multiprocessing.Process{Target: add, Args: []any{lst, d, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var xs []int
	for _, v := range lst.Copy() {
		xs = append(xs, v.(int))
	}
	sort.Ints(xs)
	var ks []int
	for _, k := range d.Keys() {
		ks = append(ks, k.(int))
	}
	sort.Ints(ks)
	fmt.Printf("[%d, %d, %d] [(%d, %v), (%d, %v), (%d, %v)] %d\n", xs[0], xs[1], xs[2], ks[0], d.Get(ks[0]), ks[1], d.Get(ks[1]), ks[2], d.Get(ks[2]), d.Len())
	m.Shutdown()
}
