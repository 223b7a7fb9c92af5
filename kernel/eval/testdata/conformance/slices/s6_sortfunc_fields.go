package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name string
	Dept string
	Age  int
}

func main() {
	es := []Employee{{"Alice", "eng", 30}, {"bob", "ops", 25}, {"Carol", "eng", 25}, {"dave", "ops", 41}, {"Eve", "eng", 30}}
	slices.SortFunc(es, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	for _, e := range es {
		fmt.Println(e)
	}
	slices.SortStableFunc(es, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(es)
	i, found := slices.BinarySearchFunc(es, 30, func(e Employee, age int) int { return cmp.Compare(e.Age, age) })
	fmt.Println(i, found)
	i, found = slices.BinarySearchFunc(es, 33, func(e Employee, age int) int { return cmp.Compare(e.Age, age) })
	fmt.Println(i, found)
	oldest := slices.MaxFunc(es, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(es, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name, youngest.Name)
	idx := slices.IndexFunc(es, func(e Employee) bool { return strings.EqualFold(e.Name, "carol") })
	fmt.Println(idx, slices.ContainsFunc(es, func(e Employee) bool { return e.Age > 40 }))
	fmt.Println(slices.IsSortedFunc(es, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) }))
	es = slices.DeleteFunc(es, func(e Employee) bool { return e.Dept == "ops" })
	fmt.Println(es)
	fmt.Println(slices.EqualFunc(es, []string{"Carol", "Alice", "Eve"}, func(e Employee, n string) bool { return e.Name == n }))
}
