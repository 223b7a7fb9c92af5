package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int {
	return x * x
}

func collect(it *multiprocessing.IMapIterator) []int {
	var out []int
	for it.Next() {
		out = append(out, it.Value().(int))
	}
	return out
}

func show(xs []int) string {
	var ss []string
	for _, x := range xs {
		ss = append(ss, fmt.Sprint(x))
	}
	return "[" + strings.Join(ss, ", ") + "]"
}

func main() {
	multiprocessing.Main(square)
	pool := multiprocessing.NewPool(3)
	var xs []int
	for i := 0; i < 10; i++ {
		xs = append(xs, i)
	}
	got := collect(pool.ImapUnordered(square, xs))
	sort.Ints(got)
	fmt.Println(show(got))
	fmt.Println(show(collect(pool.Imap(square, []int{}))))
	got = collect(pool.ImapUnordered(square, []int{}))
	sort.Ints(got)
	fmt.Println(show(got))
	pool.Terminate()
}
