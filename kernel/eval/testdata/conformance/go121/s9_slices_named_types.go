package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type IDs []int
type Index map[string]int

func (ids IDs) String() string { return fmt.Sprintf("IDs%v", []int(ids)) }

func main() {
	ids := IDs{3, 1, 2}
	c := slices.Clone(ids)
	slices.Sort(c)
	fmt.Println(c, ids)
	fmt.Printf("%T %T\n", c, slices.Compact(IDs{1, 1, 2}))
	ins := slices.Insert(ids, 0, 9)
	fmt.Println(ins.String())
	idx := Index{"a": 1}
	cl := maps.Clone(idx)
	fmt.Printf("%T %v\n", cl, cl)
	keys := make([]string, 0)
	for k := range idx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, min(len(ids), 10), max(2.5, float64(len(keys))))
}
