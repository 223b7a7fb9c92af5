package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func neg(x int) int { return -x }

func add(a, b int) int { return a + b }

func show(xs []any) {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
}

func rng(n int) []int {
	var r []int
	for i := 0; i < n; i++ {
		r = append(r, i)
	}
	return r
}

func main() {
	multiprocessing.Main(neg, add)
	p := multiprocessing.NewPool(2)
	r, _ := p.Map(neg, rng(5), 100)
	show(r)
	r, _ = p.Starmap(add, [][]any{{1, 2}, {3, 4}, {5, 6}}, 10)
	show(r)
	var got []any
	it := p.Imap(neg, rng(7), 3)
	for it.Next() {
		got = append(got, it.Value())
	}
	show(got)
	var ints []int
	it = p.ImapUnordered(neg, rng(7), 4)
	for it.Next() {
		ints = append(ints, it.Value().(int))
	}
	sort.Ints(ints)
	got = nil
	for _, x := range ints {
		got = append(got, x)
	}
	show(got)
	v, _ := p.MapAsync(neg, []int{}, 2).GetTimeout(30 * time.Second)
	show(v.([]any))
	v, _ = p.StarmapAsync(add, [][]any{{1, 1}}, 1).GetTimeout(30 * time.Second)
	show(v.([]any))
	p.Terminate()
}
