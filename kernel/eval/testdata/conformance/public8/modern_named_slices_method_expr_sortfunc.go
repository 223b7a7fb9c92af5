package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Names []string
type Scores map[string]int
type Version struct{ Major, Minor int }

func (v Version) Compare(o Version) int {
	return cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor))
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func compareVersions(a, b Version) int { return a.Compare(b) }

func main() {
	ns := Names{"cy", "ann", "bob"}
	c := slices.Clone(ns)
	slices.Sort(c)
	fmt.Printf("%T %v %v\n", c, c, ns)
	sc := Scores{"a": 1, "b": 2}
	sc2 := maps.Clone(sc)
	sc2["c"] = 3
	fmt.Printf("%T %d %d\n", sc2, len(sc), len(sc2))
	ks := slices.Sorted(maps.Keys(sc2))
	fmt.Println(ks)
	vs := []Version{{1, 2}, {0, 9}, {1, 0}}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println(vs)
	slices.SortFunc(vs, func(a, b Version) int { return b.Compare(a) })
	fmt.Println(vs)
	ints := []int{3, 1, 2}
	slices.SortFunc(ints, cmp.Compare[int])
	fmt.Println(ints)
	strs := []string{"b", "C", "a"}
	slices.SortFunc(strs, strings.Compare)
	fmt.Println(strs)
	slices.SortFunc(strs, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(strs)
	i, ok := slices.BinarySearchFunc(vs, Version{1, 0}, func(a, b Version) int { return b.Compare(a) })
	fmt.Println(i, ok)
	mx := slices.MaxFunc(vs, compareVersions)
	fmt.Println(mx)
	grouped := map[int]Names{}
	for _, n := range ns {
		grouped[len(n)] = append(grouped[len(n)], n)
	}
	fmt.Println(grouped[3], len(grouped))
	var cmpFn func(int, int) int = cmp.Compare
	fmt.Println(cmpFn(1, 2))
}
