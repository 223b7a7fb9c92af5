package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fill(l *multiprocessing.ListProxy, d *multiprocessing.DictProxy, i int) {
	l.Append(i)
	d.Set(i, i*10)
}

func main() {
	multiprocessing.Main(fill)
	m := multiprocessing.NewManager()
	l := m.List()
	d := m.Dict()
	var ps []*multiprocessing.Process
	for i := range 4 {
		ps = append(ps, &multiprocessing.Process{Target: fill, Args: []any{l, d, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var xs []int
	for _, x := range l.Copy() {
		xs = append(xs, x.(int))
	}
	sort.Ints(xs)
	fmt.Printf("[%d, %d, %d, %d] %d\n", xs[0], xs[1], xs[2], xs[3], l.Len())
	var items []string
	for _, kv := range d.Items() {
		items = append(items, fmt.Sprintf("(%v, %v)", kv[0], kv[1]))
	}
	sort.Strings(items)
	fmt.Println("[" + strings.Join(items, ", ") + "]")
	nine := d.Get(9)
	if nine == nil {
		nine = "None"
	}
	fmt.Println(d.Get(2), nine)
	m.Shutdown()
}
