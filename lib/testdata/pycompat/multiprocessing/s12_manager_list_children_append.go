package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(shared *multiprocessing.ListProxy, i int) {
	shared.Append(i * i)
}

func main() {
	multiprocessing.Main(add)
	m := multiprocessing.NewManager()
	shared := m.List()
	var ps []*multiprocessing.Process
	for i := range 4 {
		ps = append(ps, &multiprocessing.Process{Target: add, Args: []any{shared, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var xs []int
	for _, v := range shared.Copy() {
		xs = append(xs, v.(int))
	}
	sort.Ints(xs)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(xs), " ", ", "), shared.Len())
	d := m.Dict()
	d.Set("a", 1)
	d.Update(map[string]any{"b": 2})
	c, ok := d.Lookup("c")
	if !ok {
		c = "none"
	}
	fmt.Println("[('a', "+fmt.Sprint(d.Get("a"))+"), ('b', "+fmt.Sprint(d.Get("b"))+")]", c)
	m.Shutdown()
}
