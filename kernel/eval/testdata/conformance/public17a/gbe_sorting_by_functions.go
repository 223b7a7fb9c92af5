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

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.age, b.age), cmp.Compare(a.name, b.name))
	})
	fmt.Println(people)
	f2 := []string{"ccc", "a", "bb", "dd"}
	sort.Stable(byLength(f2))
	fmt.Println(f2)
	i, found := slices.BinarySearchFunc(people, 37, func(p Person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(i, found)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people, slices.IsSortedFunc(people, func(a, b Person) int { return cmp.Compare(b.name, a.name) }))
}
