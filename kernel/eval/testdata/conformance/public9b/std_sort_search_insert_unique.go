package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Version struct{ Major, Minor, Patch int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func parse(s string) Version {
	var v Version
	fmt.Sscanf(s, "v%d.%d.%d", &v.Major, &v.Minor, &v.Patch)
	return v
}

func compare(a, b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor), cmp.Compare(a.Patch, b.Patch))
}

func main() {
	raw := strings.Fields("v1.2.3 v1.10.0 v0.9.9 v1.2.10 v2.0.0 v1.2.3 v1.9.1")
	var vs []Version
	for _, r := range raw {
		vs = append(vs, parse(r))
	}
	slices.SortFunc(vs, compare)
	fmt.Println(vs)
	vs = slices.CompactFunc(vs, func(a, b Version) bool { return compare(a, b) == 0 })
	fmt.Println(vs, len(vs))
	target := Version{1, 5, 0}
	i, found := slices.BinarySearchFunc(vs, target, compare)
	fmt.Println(i, found)
	vs = slices.Insert(vs, i, target)
	fmt.Println(vs)
	fmt.Println(slices.MaxFunc(vs, compare), slices.MinFunc(vs, compare))
	strs := sort.StringSlice(raw)
	sort.Sort(strs)
	fmt.Println(strs, strs.Search("v1.2"), sort.SearchStrings(strs, "v9"))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	ints := []int{5, 1, 4, 1, 5, 9, 2, 6}
	sorted := slices.Sorted(slices.Values(ints))
	fmt.Println(sorted, slices.Compact(slices.Clone(sorted)), ints)
	pos, ok := sort.Find(len(sorted), func(i int) int { return cmp.Compare(4, sorted[i]) })
	fmt.Println(pos, ok)
	fmt.Println(slices.Equal(ints, sorted), slices.Index(ints, 9), len(ints))
}
