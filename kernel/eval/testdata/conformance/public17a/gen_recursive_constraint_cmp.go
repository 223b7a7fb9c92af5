package main

import (
	"fmt"
	"sort"
)

type Comparer[T any] interface {
	Compare(T) int
}

func SortC[T Comparer[T]](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Compare(xs[j]) < 0 })
}

func MaxC[T Comparer[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Compare(m) > 0 {
			m = x
		}
	}
	return m
}

type Version struct{ Major, Minor, Patch int }

func (v Version) Compare(o Version) int {
	switch {
	case v.Major != o.Major:
		return v.Major - o.Major
	case v.Minor != o.Minor:
		return v.Minor - o.Minor
	}
	return v.Patch - o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func main() {
	vs := []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 10}}
	SortC(vs)
	fmt.Println(vs)
	fmt.Println(MaxC(vs...), MaxC(Version{2, 0, 0}, Version{1, 99, 99}))
}
