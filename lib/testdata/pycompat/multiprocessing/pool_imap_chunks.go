package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sq(x int) int {
	return x * x
}

func list(v []int) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func main() {
	multiprocessing.Main(sq)
	pool := multiprocessing.NewPool(3)
	xs := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	var a, b []int
	it := pool.Imap(sq, xs)
	for it.Next() {
		a = append(a, it.Value().(int))
	}
	fmt.Println(list(a))
	u := pool.ImapUnordered(sq, xs)
	for u.Next() {
		b = append(b, u.Value().(int))
	}
	sort.Ints(b)
	fmt.Println(list(b))
	it2 := pool.Imap(sq, []int{5, 6})
	it2.Next()
	x := it2.Value()
	it2.Next()
	fmt.Println(x, it2.Value())
	if !it2.Next() && it2.Err() == nil {
		fmt.Println("StopIteration")
	}
	pool.Terminate()
}
