package main

import (
	"fmt"
	"sort"
	"strings"
)

type entry struct {
	key string
	seq int
}

type byKey []entry

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return strings.ToLower(b[i].key) < strings.ToLower(b[j].key) }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	es := byKey{{"b", 1}, {"A", 2}, {"a", 3}, {"B", 4}, {"c", 5}, {"a", 6}}
	sort.Stable(es)
	fmt.Println(es)
	xs := []int{1, 3, 5, 7, 9, 11}
	for _, t := range []int{0, 5, 6, 11, 12} {
		i := sort.Search(len(xs), func(i int) bool { return xs[i] >= t })
		fmt.Println(t, i, i < len(xs) && xs[i] == t, sort.SearchInts(xs, t))
	}
	i, found := sort.Find(len(xs), func(i int) int { return 7 - xs[i] })
	fmt.Println(i, found)
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "banana"), sort.StringsAreSorted(strs))
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	fmt.Println(fs, sort.SearchFloat64s(fs, 2.5))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IntsAreSorted(xs))
	people := []struct {
		N string
		A int
	}{{"x", 3}, {"y", 1}, {"z", 3}, {"w", 2}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].A > people[j].A })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].A > people[j].A }))
	guess := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(guess)
}
