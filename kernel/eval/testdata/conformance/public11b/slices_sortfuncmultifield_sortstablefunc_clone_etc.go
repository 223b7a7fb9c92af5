package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	// ExampleSortFunc_multiField
	{
		type Person struct {
			Name string
			Age  int
		}
		people := []Person{
			{"Gopher", 13},
			{"Alice", 55},
			{"Bob", 24},
			{"Alice", 20},
		}
		slices.SortFunc(people, func(a, b Person) int {
			if n := strings.Compare(a.Name, b.Name); n != 0 {
				return n
			}
			// If names are equal, order by age
			return cmp.Compare(a.Age, b.Age)
		})
		fmt.Println(people)
	}

	// ExampleSortStableFunc
	{
		type Person struct {
			Name string
			Age  int
		}
		people := []Person{
			{"Gopher", 13},
			{"Alice", 20},
			{"Bob", 24},
			{"Alice", 55},
		}
		// Stable sort by name, keeping age ordering of Alice intact
		slices.SortStableFunc(people, func(a, b Person) int {
			return strings.Compare(a.Name, b.Name)
		})
		fmt.Println(people)
	}

	// ExampleClone
	{
		numbers := []int{0, 42, -10, 8}
		clone := slices.Clone(numbers)
		fmt.Println(clone)
		clone[2] = 10
		fmt.Println(numbers)
		fmt.Println(clone)
	}

	// ExampleGrow
	{
		numbers := []int{0, 42, -10, 8}
		grow := slices.Grow(numbers, 2)
		fmt.Println(cap(numbers))
		fmt.Println(grow)
		fmt.Println(len(grow))
		fmt.Println(cap(grow))
	}

	// ExampleClip
	{
		a := [...]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
		s := a[:4:10]
		clip := slices.Clip(s)
		fmt.Println(cap(s))
		fmt.Println(clip)
		fmt.Println(len(clip))
		fmt.Println(cap(clip))
	}
}
