package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func record(shared *multiprocessing.ListProxy, x int) int {
	shared.Append(x * x)
	return x
}

func list(xs []int) string { return strings.ReplaceAll(fmt.Sprint(xs), " ", ", ") }

func main() {
	multiprocessing.Main(record)
	m := multiprocessing.NewManager()
	shared := m.List()
	p := multiprocessing.NewPool(2)
	var args [][]any
	for i := 0; i < 6; i++ {
		args = append(args, []any{shared, i})
	}
	r, _ := p.Starmap(record, args)
	var xs []int
	for _, v := range r {
		xs = append(xs, v.(int))
	}
	sort.Ints(xs)
	fmt.Println(list(xs))
	p.Terminate()
	var sq []int
	for _, v := range shared.Copy() {
		sq = append(sq, v.(int))
	}
	sort.Ints(sq)
	fmt.Println(list(sq), shared.Len())
	m.Shutdown()
}
