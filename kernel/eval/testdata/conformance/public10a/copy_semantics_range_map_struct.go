package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Count int
	Tags  []string
}

func main() {
	inv := map[string]Item{
		"a": {"apple", 1, []string{"fruit"}},
		"b": {"bean", 2, []string{"veg"}},
	}
	for k, it := range inv {
		it.Count *= 10                                // a copy: lost
		it.Tags[0] += "!"                             // the slice's array is shared: kept
		inv[k] = Item{it.Name, it.Count + 1, it.Tags} // written back
	}
	keys := []string{}
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, inv[k])
	}
	items := []Item{{"x", 1, nil}, {"y", 2, nil}}
	for _, it := range items {
		it.Count = 100
	}
	for i := range items {
		items[i].Tags = append(items[i].Tags, "t")
	}
	fmt.Println(items)
	ptrs := []*Item{{"p", 1, nil}}
	for _, p := range ptrs {
		p.Count = 100
	}
	fmt.Println(*ptrs[0])
}
