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
	var ss []string
	for _, x := range xs {
		ss = append(ss, fmt.Sprint(x))
	}
	return "[" + strings.Join(ss, ", ") + "]"
}

func main() {
	multiprocessing.Main(cube)
	pool := multiprocessing.NewPool(3)
	var ordered []int
	it := pool.Imap(cube, []int{0, 1, 2, 3, 4, 5})
	for it.Next() {
		ordered = append(ordered, it.Value().(int))
	}
	fmt.Println(list(ordered))
	var unordered []int
	it = pool.ImapUnordered(cube, []int{0, 1, 2, 3, 4, 5})
	for it.Next() {
		unordered = append(unordered, it.Value().(int))
	}
	sort.Ints(unordered)
	fmt.Println(list(unordered))
	r, _ := pool.MapAsync(cube, []int{1, 2}).Get()
	fmt.Printf("[%v, %v]\n", r.([]any)...)
	pool.Terminate()
}
