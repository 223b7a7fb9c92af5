package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func people() []Person {
	return []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35},
		{"Frank", 30}, {"Grace", 25}, {"Heidi", 40}, {"Ivan", 35}, {"Judy", 30},
		{"Mallory", 25}, {"Niaj", 30}, {"Olivia", 35}, {"Peggy", 25},
	}
}

func main() {
	p := people()
	sort.Stable(ByAge(p))
	fmt.Println(p)
	p = people()
	sort.SliceStable(p, func(i, j int) bool { return len(p[i].Name) < len(p[j].Name) })
	fmt.Println(p)
	p = people()
	slices.SortStableFunc(p, func(a, b Person) int { return cmp.Compare(b.Age, a.Age) })
	fmt.Println(p)
	p = people()
	slices.SortFunc(p, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(p)
	sort.Sort(sort.Reverse(ByAge(p)))
	ages := make([]int, len(p))
	for i := range p {
		ages[i] = p[i].Age
	}
	fmt.Println(ages, sort.IntsAreSorted(ages), slices.IsSortedFunc(p, func(a, b Person) int { return b.Age - a.Age }))
	i, found := slices.BinarySearchFunc([]Person{{"a", 1}, {"b", 3}, {"c", 5}}, 3, func(e Person, t int) int { return cmp.Compare(e.Age, t) })
	fmt.Println(i, found)
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)
	fmt.Println(slices.Compact(slices.Sorted(slices.Values(words))))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	fs := []float64{2.5, -1, 3, 0, -0.5}
	sort.Float64s(fs)
	fmt.Println(fs, slices.Max(fs), slices.Min(fs))
	ss := sort.StringSlice{"b", "A", "a", "B"}
	ss.Sort()
	fmt.Println(ss, ss.Search("a"))
	m := slices.MaxFunc(people(), func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	n := slices.MinFunc(people(), func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(m, n)
}
