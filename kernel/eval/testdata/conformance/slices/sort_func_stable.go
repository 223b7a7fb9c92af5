package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	names := []string{"Bob", "alice", "VERA"}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
	people := []Person{{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Alice", 20}}
	slices.SortFunc(people, func(a, b Person) int {
		if c := cmp.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)
	people = []Person{{"Gopher", 13}, {"Alice", 20}, {"Bob", 24}, {"Alice", 55}}
	slices.SortStableFunc(people, func(a, b Person) int { return strings.Compare(a.Name, b.Name) })
	fmt.Println(people)
	fmt.Println(slices.IsSortedFunc(people, func(a, b Person) int { return strings.Compare(a.Name, b.Name) }))
	ints := []int{3, 1, 2}
	slices.Sort(ints)
	fmt.Println(ints, slices.IsSorted(ints))
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest, slices.Min(ints), slices.Max(ints))
}
