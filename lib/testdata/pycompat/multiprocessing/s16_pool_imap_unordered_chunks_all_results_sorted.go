package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(x int) int { return x * x * x }

func rng(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

func main() {
	multiprocessing.Main(cube)
	pool := multiprocessing.NewPool(3)
	for _, cs := range []int{1, 4} {
		it := pool.ImapUnordered(cube, rng(10), cs)
		var got []int
		for it.Next() {
			got = append(got, it.Value().(int))
		}
		sort.Ints(got)
		ok := len(got) == 10
		for i, v := range got {
			ok = ok && v == i*i*i
		}
		fmt.Println(cs, map[bool]string{true: "True", false: "False"}[ok], len(got))
	}
	it := pool.Imap(cube, rng(6), 4)
	var out []string
	for it.Next() {
		out = append(out, fmt.Sprint(it.Value()))
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	it = pool.Imap(cube, rng(3), 0)
	for it.Next() {
	}
	if it.Err() != nil {
		fmt.Println(it.Err())
	}
	pool.Terminate()
}
