package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(x int) int { return x * x * x }

func list(xs []int) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}

func collect(it *multiprocessing.IMapIterator) []int {
	var out []int
	for it.Next() {
		out = append(out, it.Value().(int))
	}
	return out
}

func main() {
	multiprocessing.Main(cube)
	p := multiprocessing.NewPool(3)
	xs := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	fmt.Println(list(collect(p.Imap(cube, xs, 3))))
	u := collect(p.ImapUnordered(cube, xs, 4))
	sort.Ints(u)
	fmt.Println(list(u))
	m, _ := p.Map(cube, []int{}, 5)
	fmt.Println(fmt.Sprint(len(m))[:0]+"[]", list(collect(p.Imap(cube, []int{}))))
	it := p.Imap(cube, []int{2, 3})
	it.Next()
	a := it.Value()
	it.Next()
	fmt.Println(a, it.Value())
	if !it.Next() {
		fmt.Println("StopIteration")
	}
	p.Terminate()
}
