package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Version struct{ Major, Minor, Patch int }

func (v Version) Compare(o Version) int {
	return cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor), cmp.Compare(v.Patch, o.Patch))
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type Level string

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if cmp.Less(key(best), key(x)) {
			best = x
		}
	}
	return best
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return max(lo, min(x, hi)) }

func main() {
	vs := []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 0}}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println(vs)
	fmt.Println(slices.MaxFunc(vs, Version.Compare), slices.MinFunc(vs, func(a, b Version) int { return a.Compare(b) }))
	i, found := slices.BinarySearchFunc(vs, Version{1, 2, 3}, Version.Compare)
	fmt.Println(i, found)
	levels := []Level{"warn", "debug", "info", "error"}
	slices.Sort(levels)
	fmt.Println(levels, cmp.Compare(Level("a"), Level("b")), cmp.Or(Level(""), "fallback"))
	fmt.Println(MaxBy(vs, func(v Version) int { return v.Minor }), MaxBy([]string{"go", "python", "c"}, func(s string) int { return len(s) }))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp(Level("m"), "a", "k"))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"b", 2}, {"a", 2}, {"c", 1}}
	slices.SortStableFunc(ps, func(x, y pair) int { return cmp.Compare(y.v, x.v) })
	fmt.Println(ps)
}
