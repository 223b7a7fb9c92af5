package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func triple(a, b, c int) int { return a*100 + b*10 + c }

func square(x int) int { return x * x }

func list(xs []int) string { return strings.ReplaceAll(fmt.Sprint(xs), " ", ", ") }

func main() {
	multiprocessing.Main(triple, square)
	p := multiprocessing.NewPool(3)
	r, _ := p.Starmap(triple, [][]any{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})
	fmt.Printf("[%v, %v, %v]\n", r[0], r[1], r[2])
	var xs []int
	it := p.ImapUnordered(square, []int{0, 1, 2, 3, 4, 5, 6, 7})
	for it.Next() {
		xs = append(xs, it.Value().(int))
	}
	sort.Ints(xs)
	set := map[int]bool{}
	it = p.ImapUnordered(square, []int{2, 2, 3})
	for it.Next() {
		set[it.Value().(int)] = true
	}
	var keys []string
	for _, k := range []int{4, 9} {
		if set[k] {
			keys = append(keys, fmt.Sprint(k))
		}
	}
	fmt.Println(list(xs), "["+strings.Join(keys, ", ")+"]")
	it = p.Imap(square, []int{5, 6})
	it.Next()
	a := it.Value()
	it.Next()
	b := it.Value()
	fmt.Println(a, b)
	if !it.Next() {
		fmt.Println("StopIteration")
	}
	p.Terminate()
}
