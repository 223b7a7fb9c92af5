package main

import (
	"fmt"
	"slices"
	"strconv"
)

func main() {
	// ExampleContainsFunc
	{
		numbers := []int{0, 42, -10, 8}
		hasNegative := slices.ContainsFunc(numbers, func(n int) bool {
			return n < 0
		})
		fmt.Println("Has a negative:", hasNegative)
		hasOdd := slices.ContainsFunc(numbers, func(n int) bool {
			return n%2 != 0
		})
		fmt.Println("Has an odd number:", hasOdd)
	}

	// ExampleDelete
	{
		letters := []string{"a", "b", "c", "d", "e"}
		letters = slices.Delete(letters, 1, 4)
		fmt.Println(letters)
	}

	// ExampleDeleteFunc
	{
		seq := []int{0, 1, 1, 2, 3, 5, 8}
		seq = slices.DeleteFunc(seq, func(n int) bool {
			return n%2 != 0 // delete the odd numbers
		})
		fmt.Println(seq)
	}

	// ExampleEqual
	{
		numbers := []int{0, 42, 8}
		fmt.Println(slices.Equal(numbers, []int{0, 42, 8}))
		fmt.Println(slices.Equal(numbers, []int{10}))
	}

	// ExampleEqualFunc
	{
		numbers := []int{0, 42, 8}
		strings := []string{"000", "42", "0o10"}
		equal := slices.EqualFunc(numbers, strings, func(n int, s string) bool {
			sn, err := strconv.ParseInt(s, 0, 64)
			if err != nil {
				return false
			}
			return n == int(sn)
		})
		fmt.Println(equal)
	}

	// ExampleIndex
	{
		numbers := []int{0, 42, 8}
		fmt.Println(slices.Index(numbers, 8))
		fmt.Println(slices.Index(numbers, 7))
	}
}
