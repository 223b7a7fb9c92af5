package main

import (
	"fmt"
	"sort"
	"strings"
)

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return strings.ToLower(n[i]) < strings.ToLower(n[j]) }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type Grid [][]int

type byRowSum Grid

func (g byRowSum) Len() int      { return len(g) }
func (g byRowSum) Swap(i, j int) { g[i], g[j] = g[j], g[i] }
func (g byRowSum) Less(i, j int) bool {
	return sum(g[i]) < sum(g[j])
}

func sum(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	ns := Names{"bob", "Alice", "carl", "Bea"}
	sort.Sort(ns)
	fmt.Println(ns)
	sort.Strings(ns)
	fmt.Println(ns)
	sort.Sort(sort.StringSlice(ns))
	fmt.Println(ns, sort.StringSlice(ns).Search("bob"))
	g := Grid{{9, 9}, {1}, {3, 3, 3}, {}}
	sort.Sort(byRowSum(g))
	fmt.Println(g)
	is := sort.IntSlice{5, 1, 4}
	is.Sort()
	fmt.Println(is, is.Search(4), is.Len())
	fl := sort.Float64Slice{2.5, 1.5}
	sort.Sort(fl)
	fmt.Println(fl)
	type kv struct {
		k string
		v int
	}
	counts := map[string]int{"a": 3, "b": 1, "c": 3, "d": 2}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
}
