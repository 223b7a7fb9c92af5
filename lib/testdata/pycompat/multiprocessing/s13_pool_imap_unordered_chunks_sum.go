package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int { return x * x }

func length(s string) int { return len(s) }

func main() {
	multiprocessing.Main(square, length)
	pool := multiprocessing.NewPool(3)
	var items []int
	for i := range 20 {
		items = append(items, i)
	}
	total := 0
	for it := pool.ImapUnordered(square, items, 3); it.Next(); {
		total += it.Value().(int)
	}
	fmt.Println(total)
	var got []int
	for it := pool.ImapUnordered(square, items[:6]); it.Next(); {
		got = append(got, it.Value().(int))
	}
	sort.Ints(got)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
	var words []string
	for i := range 50 {
		words = append(words, strings.Repeat("a", i))
	}
	lens, _ := pool.Map(length, words, 7)
	sum := 0
	var first []string
	for i, l := range lens {
		sum += l.(int)
		if i < 5 {
			first = append(first, fmt.Sprint(l))
		}
	}
	fmt.Println(sum, "["+strings.Join(first, ", ")+"]", lens[len(lens)-1])
	pool.Terminate()
}
