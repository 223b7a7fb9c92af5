package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2), cmp.Compare(math.NaN(), 0))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3), cmp.Or[string]())
	people := []Person{{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Alice", 20}}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Age, b.Age))
	})
	fmt.Println(people)
}
