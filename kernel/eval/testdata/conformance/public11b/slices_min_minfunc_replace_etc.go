package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	// ExampleMin
	{
		numbers := []int{0, 42, -10, 8}
		fmt.Println(slices.Min(numbers))
	}

	// ExampleMinFunc
	{
		type Person struct {
			Name string
			Age  int
		}
		people := []Person{
			{"Gopher", 13},
			{"Bob", 5},
			{"Vera", 24},
			{"Bill", 5},
		}
		firstYoungest := slices.MinFunc(people, func(a, b Person) int {
			return cmp.Compare(a.Age, b.Age)
		})
		fmt.Println(firstYoungest.Name)
	}

	// ExampleReplace
	{
		names := []string{"Alice", "Bob", "Vera", "Zac"}
		names = slices.Replace(names, 1, 3, "Bill", "Billie", "Cat")
		fmt.Println(names)
	}

	// ExampleReverse
	{
		names := []string{"alice", "Bob", "VERA"}
		slices.Reverse(names)
		fmt.Println(names)
	}

	// ExampleSort
	{
		smallInts := []int8{0, 42, -10, 8}
		slices.Sort(smallInts)
		fmt.Println(smallInts)
	}

	// ExampleSortFunc_caseInsensitive
	{
		names := []string{"Bob", "alice", "VERA"}
		slices.SortFunc(names, func(a, b string) int {
			return strings.Compare(strings.ToLower(a), strings.ToLower(b))
		})
		fmt.Println(names)
	}
}
