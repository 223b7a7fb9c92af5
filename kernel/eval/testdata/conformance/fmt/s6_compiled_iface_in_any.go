package main

import (
	"fmt"
	"sort"
)

type Ints []int

func (h Ints) Len() int           { return len(h) }
func (h Ints) Less(i, j int) bool { return h[i] < h[j] }
func (h Ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func main() {
	var si sort.Interface = Ints{2, 1}
	sort.Sort(si)
	var a any = si
	fmt.Println(a, []any{si})
}
