package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	out := maps.Clone(s)
	maps.Copy(out, o)
	return out
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {1, 1}}
	for _, p := range path {
		visits[p]++
	}
	keys := slices.Collect(maps.Keys(visits))
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	for _, k := range keys {
		fmt.Printf("%v:%d ", k, visits[k])
	}
	fmt.Println(len(visits))
	fmt.Println(visits)
	groups := map[int][]string{}
	for _, w := range strings.Fields("go is a fun language to use and to learn") {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for _, n := range slices.Sorted(maps.Keys(groups)) {
		fmt.Println(n, groups[n])
	}
	a, b := Set[string]{}, Set[string]{}
	a.Add("x", "y")
	b.Add("y", "z")
	u := a.Union(b)
	fmt.Println(len(u), u.Has("z"), a.Has("z"), slices.Sorted(maps.Keys(u)))
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "1")
	add("x", "1")
	add("y", "2")
	fmt.Println(nested, len(nested["missing"]))
	delete(nested, "x")
	delete(nested, "nope")
	fmt.Println(nested)
	type key struct {
		name string
		n    int
	}
	mk := map[key]string{{"a", 1}: "first", {"a", 2}: "second"}
	fmt.Println(mk[key{"a", 2}], mk[key{"b", 1}] == "")
	m2 := map[[2]int]bool{{1, 2}: true}
	fmt.Println(m2[[2]int{1, 2}], m2[[2]int{2, 1}])
	maps.DeleteFunc(visits, func(p Point, n int) bool { return n < 2 })
	fmt.Println(visits, maps.Equal(visits, map[Point]int{{0, 0}: 2, {1, 1}: 3}))
}
