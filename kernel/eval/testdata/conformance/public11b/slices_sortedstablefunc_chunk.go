package main

import (
	"cmp"
	"fmt"
	"slices"
)

func main() {
	// ExampleSortedStableFunc
	{
		type Person struct {
			Name string
			Age  int
		}

		people := []Person{
			{"Gopher", 13},
			{"Alice", 20},
			{"Bob", 5},
			{"Vera", 24},
			{"Zac", 20},
		}

		sortFunc := func(x, y Person) int {
			return cmp.Compare(x.Age, y.Age)
		}

		s := slices.SortedStableFunc(slices.Values(people), sortFunc)
		fmt.Println(s)
	}

	// ExampleChunk
	{
		type Person struct {
			Name string
			Age  int
		}

		type People []Person

		people := People{
			{"Gopher", 13},
			{"Alice", 20},
			{"Bob", 5},
			{"Vera", 24},
			{"Zac", 15},
		}

		// Chunk people into []Person 2 elements at a time.
		for c := range slices.Chunk(people, 2) {
			fmt.Println(c)
		}

	}
}
