package main

import (
	"fmt"
	"slices"
)

func main() {
	// ExampleConcat
	{
		s1 := []int{0, 1, 2, 3}
		s2 := []int{4, 5, 6}
		concat := slices.Concat(s1, s2)
		fmt.Println(concat)
	}

	// ExampleContains
	{
		numbers := []int{0, 1, 2, 3}
		fmt.Println(slices.Contains(numbers, 2))
		fmt.Println(slices.Contains(numbers, 4))
	}

	// ExampleRepeat
	{
		numbers := []int{0, 1, 2, 3}
		repeat := slices.Repeat(numbers, 2)
		fmt.Println(repeat)
	}

	// ExampleAll
	{
		names := []string{"Alice", "Bob", "Vera"}
		for i, v := range slices.All(names) {
			fmt.Println(i, ":", v)
		}
	}

	// ExampleBackward
	{
		names := []string{"Alice", "Bob", "Vera"}
		for i, v := range slices.Backward(names) {
			fmt.Println(i, ":", v)
		}
	}

	// ExampleValues
	{
		names := []string{"Alice", "Bob", "Vera"}
		for v := range slices.Values(names) {
			fmt.Println(v)
		}
	}
}
