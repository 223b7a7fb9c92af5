package main

import (
	"fmt"
	"slices"
	"sort"
)

type Graph map[string][]string

func (g Graph) Add(from, to string) { g[from] = append(g[from], to) }

func main() {
	base := make([]int, 2, 10)
	m := map[string][]int{}
	m["a"] = append(base, 1)
	m["b"] = append(base, 2)
	fmt.Println(m["a"], m["b"])
	c := slices.Clip(base)
	m["c"] = append(c, 3)
	m["d"] = append(c, 4)
	fmt.Println(m["c"], m["d"])

	g := Graph{}
	g.Add("x", "y")
	g.Add("x", "z")
	g.Add("y", "z")
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "->", g[k])
	}
	ys := g["y"]
	ys[0] = "CHANGED"
	fmt.Println(g["y"])

	type Account struct {
		Balance int
		Tags    []string
	}
	accts := map[string]Account{"ann": {10, nil}}
	a := accts["ann"]
	a.Balance += 5
	a.Tags = append(a.Tags, "vip")
	fmt.Println(accts["ann"], a)
	accts["ann"] = a
	fmt.Println(accts["ann"])
	ptrs := map[string]*Account{"bob": {1, nil}}
	ptrs["bob"].Balance *= 100
	ptrs["bob"].Tags = append(ptrs["bob"].Tags, "new")
	fmt.Println(*ptrs["bob"])

	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5}
	copy(s, s[2:])
	fmt.Println(s)
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	u := s[1:3:3]
	u = append(u, 77)
	fmt.Println(s, u)
	nested := [][]int{{1}, {2}}
	clone := slices.Clone(nested)
	clone[0][0] = 100
	clone[1] = []int{200}
	fmt.Println(nested, clone)
	var nilSlice []int
	fmt.Println(append(nilSlice, nilSlice...) == nil, len(append([]int{}, nilSlice...)))
	counts := map[string]int{}
	counts["x"]++
	counts["y"] += 2
	delete(counts, "nope")
	v, ok := counts["z"]
	fmt.Println(counts, v, ok, len(counts))
	clear(counts)
	fmt.Println(counts, len(counts))
}
