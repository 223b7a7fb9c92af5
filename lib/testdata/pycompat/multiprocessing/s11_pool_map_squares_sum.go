package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(n int) int {
	return n * n
}

func main() {
	multiprocessing.Main(square)
	pool := multiprocessing.NewPool(3)
	var xs []int
	for i := 1; i <= 20; i++ {
		xs = append(xs, i)
	}
	squares, _ := pool.Map(square, xs)
	sum := 0
	for _, s := range squares {
		sum += s.(int)
	}
	fmt.Println(pyList(squares[:5]), sum)
	v, _ := pool.Apply(square, 12)
	fmt.Println(v)
	var u []int
	it := pool.ImapUnordered(square, []int{3, 1, 2})
	for it.Next() {
		u = append(u, it.Value().(int))
	}
	sort.Ints(u)
	fmt.Println(pyList(u))
	pool.Terminate()
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
