package main

import (
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	n, found := slices.BinarySearch(names, "Vera")
	fmt.Println("Vera:", n, found)
	n, found = slices.BinarySearch(names, "Bill")
	fmt.Println("Bill:", n, found)
	people := []Person{{"Alice", 55}, {"Bob", 24}, {"Gopher", 13}}
	i, ok := slices.BinarySearchFunc(people, "Bob", func(p Person, t string) int { return strings.Compare(p.Name, t) })
	fmt.Println("Bob:", i, ok)
	seq := []int{0, 1, 1, 2, 3, 5, 8, 8, 8}
	seq = slices.Compact(seq)
	fmt.Println(seq, len(seq))
	words := []string{"Gopher", "MOLE", "mole", "gopher", "Mole"}
	words = slices.CompactFunc(words, strings.EqualFold)
	fmt.Println(words)
	fmt.Println(slices.Contains(names, "Bob"), slices.Index(names, "Vera"), slices.Index(names, "Zed"))
	fmt.Println(slices.IndexFunc(people, func(p Person) bool { return p.Age < 20 }))
	fmt.Println(slices.ContainsFunc(seq, func(v int) bool { return v > 7 }))
}
