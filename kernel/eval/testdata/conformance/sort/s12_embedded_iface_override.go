package main

import (
	"fmt"
	"sort"
	"strings"
)

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return w[i] < w[j] }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

// byLength embeds sort.Interface and overrides Less.
type byLength struct {
	sort.Interface
	w Words
}

func (b byLength) Less(i, j int) bool {
	if len(b.w[i]) != len(b.w[j]) {
		return len(b.w[i]) < len(b.w[j])
	}
	return b.Interface.Less(i, j)
}

// counting counts the calls made through it.
type counting struct {
	sort.Interface
	swaps *int
}

func (c counting) Swap(i, j int) {
	*c.swaps++
	c.Interface.Swap(i, j)
}

func main() {
	w := Words(strings.Fields("pear fig apple kiwi banana date plum"))
	sort.Sort(byLength{w, w})
	fmt.Println(w)
	sort.Sort(sort.Reverse(byLength{w, w}))
	fmt.Println(w)
	n := 0
	sort.Stable(counting{w, &n})
	fmt.Println(w, n > 0)
	var si sort.Interface = byLength{Interface: w, w: w}
	fmt.Println(sort.IsSorted(si), sort.IsSorted(w))
	sort.Sort(si)
	fmt.Println(sort.IsSorted(si), w[0], w[len(w)-1])
	ints := sort.IntSlice{5, 1, 4}
	n = 0
	sort.Sort(counting{sort.Reverse(ints), &n})
	fmt.Println(ints, n)
}
