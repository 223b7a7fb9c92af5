package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Alice", 20}}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Age, b.Age))
	})
	fmt.Println(people)
	i, found := slices.BinarySearchFunc(people, "Bob", func(p Person, name string) int { return cmp.Compare(p.Name, name) })
	fmt.Println(i, found)
	fmt.Println(slices.IndexFunc(people, func(p Person) bool { return p.Age > 50 }))
	fmt.Println(slices.ContainsFunc(people, func(p Person) bool { return p.Age < 18 }))
	young := slices.DeleteFunc(slices.Clone(people), func(p Person) bool { return p.Age > 21 })
	fmt.Println(young, len(people))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	maps.DeleteFunc(m, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m)
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3), min("b", "a", "c"), max(1.5, 2))
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)
	names := slices.Collect(func(yield func(string) bool) {
		for _, p := range people {
			if !yield(strings.ToUpper(p.Name)) {
				return
			}
		}
	})
	fmt.Println(slices.Compact(names))
	s := []int{5, 2, 8}
	s2 := slices.Grow(s, 10)
	fmt.Println(len(s2), cap(s2) >= 13, slices.Sorted(slices.Values(s)), s)
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}))
}
