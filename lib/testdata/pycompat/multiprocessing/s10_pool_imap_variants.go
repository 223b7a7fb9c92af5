package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(x int) int {
	return x * x * x
}

func list(xs []int) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(cube)
	pool := multiprocessing.NewPool(3)
	items := []int{0, 1, 2, 3, 4, 5, 6, 7}
	var a []int
	for it := pool.Imap(cube, items); it.Next(); {
		a = append(a, it.Value().(int))
	}
	fmt.Println(list(a))
	var b []int
	for it := pool.ImapUnordered(cube, items); it.Next(); {
		b = append(b, it.Value().(int))
	}
	sort.Ints(b)
	fmt.Println(list(b))
	it := pool.Imap(cube, []int{2, 3})
	it.Next()
	x := it.Value()
	it.Next()
	fmt.Println(x, it.Value())
	if !it.Next() {
		fmt.Println("StopIteration")
	}
	rs, _ := pool.Map(cube, []int{0, 1, 2, 3, 4})
	var c []int
	for _, r := range rs {
		c = append(c, r.(int))
	}
	fmt.Println(list(c))
	pool.Terminate()
}
