package main

import (
	"fmt"
	"sort"
)

func main() {
	s := sort.StringSlice{"peach", "banana", "kiwi"}
	s.Sort()
	fmt.Println(s, s.Len(), s.Search("kiwi"))
	f := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f))
	n := []int{5, 2, 6, 3, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(n)))
	fmt.Println(n, sort.IntsAreSorted(n))
	sort.Ints(n)
	fmt.Println(n)
	words := []string{"Go", "is", "fun"}
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
}
