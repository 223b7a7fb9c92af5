package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	// ExampleIndexFunc
	{
		numbers := []int{0, 42, -10, 8}
		i := slices.IndexFunc(numbers, func(n int) bool {
			return n < 0
		})
		fmt.Println("First negative at index", i)
	}

	// ExampleInsert
	{
		names := []string{"Alice", "Bob", "Vera"}
		names = slices.Insert(names, 1, "Bill", "Billie")
		names = slices.Insert(names, len(names), "Zac")
		fmt.Println(names)
	}

	// ExampleIsSorted
	{
		fmt.Println(slices.IsSorted([]string{"Alice", "Bob", "Vera"}))
		fmt.Println(slices.IsSorted([]int{0, 2, 1}))
	}

	// ExampleIsSortedFunc
	{
		names := []string{"alice", "Bob", "VERA"}
		isSortedInsensitive := slices.IsSortedFunc(names, func(a, b string) int {
			return strings.Compare(strings.ToLower(a), strings.ToLower(b))
		})
		fmt.Println(isSortedInsensitive)
		fmt.Println(slices.IsSorted(names))
	}

	// ExampleMax
	{
		numbers := []int{0, 42, -10, 8}
		fmt.Println(slices.Max(numbers))
	}

	// ExampleMaxFunc
	{
		type Person struct {
			Name string
			Age  int
		}
		people := []Person{
			{"Gopher", 13},
			{"Alice", 55},
			{"Vera", 24},
			{"Bob", 55},
		}
		firstOldest := slices.MaxFunc(people, func(a, b Person) int {
			return cmp.Compare(a.Age, b.Age)
		})
		fmt.Println(firstOldest.Name)
	}
}
