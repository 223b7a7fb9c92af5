package main

import (
	"container/heap"
	"fmt"
)

type cursor struct {
	list []int
	pos  int
	id   int
}

type cursors []*cursor

func (c cursors) Len() int { return len(c) }
func (c cursors) Less(i, j int) bool {
	a, b := c[i].list[c[i].pos], c[j].list[c[j].pos]
	if a != b {
		return a < b
	}
	return c[i].id < c[j].id
}
func (c cursors) Swap(i, j int) { c[i], c[j] = c[j], c[i] }
func (c *cursors) Push(x any)   { *c = append(*c, x.(*cursor)) }
func (c *cursors) Pop() any {
	old := *c
	x := old[len(old)-1]
	*c = old[:len(old)-1]
	return x
}

func merge(lists ...[]int) []int {
	h := &cursors{}
	for i, l := range lists {
		if len(l) > 0 {
			*h = append(*h, &cursor{l, 0, i})
		}
	}
	heap.Init(h)
	var out []int
	for h.Len() > 0 {
		c := (*h)[0]
		out = append(out, c.list[c.pos])
		c.pos++
		if c.pos == len(c.list) {
			heap.Pop(h)
		} else {
			heap.Fix(h, 0)
		}
	}
	return out
}

func main() {
	fmt.Println(merge([]int{1, 4, 9}, []int{2, 3, 10, 11}, nil, []int{0, 4, 5}))
	fmt.Println(merge())
}
