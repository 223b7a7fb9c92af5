package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Person struct {
	name string
	age  int
}

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	people := []Person{
		{name: "Jax", age: 37},
		{name: "TJ", age: 25},
		{name: "Alex", age: 72},
	}
	slices.SortFunc(people,
		func(a, b Person) int {
			return cmp.Compare(a.age, b.age)
		})
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people)
	idx, found := slices.BinarySearch(ints, 4)
	fmt.Println(idx, found)
	slices.Reverse(ints)
	fmt.Println(ints)
}
