package main

import (
	"fmt"
	"sort"
	"strings"
)

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }
func (p Path) Parent() Path {
	if len(p) == 0 {
		return p
	}
	return p[:len(p)-1]
}

type Histogram map[string]int

func (h Histogram) Add(words ...string) {
	for _, w := range words {
		h[w]++
	}
}

func (h Histogram) Top() []string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if h[keys[i]] != h[keys[j]] {
			return h[keys[i]] > h[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, p.Parent(), len(p))
	fmt.Printf("%s %v %d\n", p, p.Parent().Parent(), len(p.Parent()))
	h := Histogram{}
	h.Add(strings.Fields("a b a c b a")...)
	fmt.Println(h.Top(), h)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3))
}
