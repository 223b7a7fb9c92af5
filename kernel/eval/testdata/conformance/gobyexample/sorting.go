package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type person struct {
	name string
	age  int
}

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))

	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	people := []person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}}
	slices.SortFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	f2 := []string{"peach", "banana", "kiwi", "fig"}
	sort.Sort(byLength(f2))
	fmt.Println(f2)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 2.5))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people)
}
