package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Version struct {
	Major, Minor int
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func (v Version) Compare(o Version) int {
	if c := cmp.Compare(v.Major, o.Major); c != 0 {
		return c
	}
	return cmp.Compare(v.Minor, o.Minor)
}

type Name string

func main() {
	vs := []Version{{1, 2}, {0, 9}, {1, 0}}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println(vs)
	i, found := slices.BinarySearchFunc(vs, Version{1, 0}, Version.Compare)
	fmt.Println(i, found)
	names := []Name{"bob", "Al", "cy"}
	slices.Sort(names)
	fmt.Println(names, slices.Index(names, "cy"), slices.Max(names))
	slices.SortStableFunc(names, func(a, b Name) int { return strings.Compare(strings.ToLower(string(a)), strings.ToLower(string(b))) })
	fmt.Println(names)
}
