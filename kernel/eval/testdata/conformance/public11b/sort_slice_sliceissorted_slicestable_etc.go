package main

import (
	"fmt"
	"sort"
)

func main() {
	// ExampleSlice
	{
		people := []struct {
			Name string
			Age  int
		}{
			{"Gopher", 7},
			{"Alice", 55},
			{"Vera", 24},
			{"Bob", 75},
		}
		sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
		fmt.Println("By name:", people)

		sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
		fmt.Println("By age:", people)
	}

	// ExampleSliceIsSorted
	{
		numbers := []int{1, 2, 3, 4, 5, 6}

		isSortedAsc := sort.SliceIsSorted(numbers, func(i, j int) bool {
			return numbers[i] < numbers[j]
		})
		fmt.Printf("%v sorted ascending: %t\n", numbers, isSortedAsc)

		numbersDesc := []int{6, 5, 4, 3, 2, 1}

		isSortedDesc := sort.SliceIsSorted(numbersDesc, func(i, j int) bool {
			return numbersDesc[i] > numbersDesc[j]
		})
		fmt.Printf("%v sorted descending: %t\n", numbers, isSortedDesc)

		unsortedNumbers := []int{1, 3, 2, 4, 5}

		isSortedUnsorted := sort.SliceIsSorted(unsortedNumbers, func(i, j int) bool {
			return unsortedNumbers[i] < unsortedNumbers[j]
		})
		fmt.Printf("%v unsorted slice sorted: %t\n", unsortedNumbers, isSortedUnsorted)

	}

	// ExampleSliceStable
	{
		people := []struct {
			Name string
			Age  int
		}{
			{"Alice", 25},
			{"Elizabeth", 75},
			{"Alice", 75},
			{"Bob", 75},
			{"Alice", 75},
			{"Bob", 25},
			{"Colin", 25},
			{"Elizabeth", 25},
		}

		// Sort by name, preserving original order
		sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
		fmt.Println("By name:", people)

		// Sort by age preserving name order
		sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
		fmt.Println("By age,name:", people)

	}

	// ExampleStrings
	{
		s := []string{"Go", "Bravo", "Gopher", "Alpha", "Grin", "Delta"}
		sort.Strings(s)
		fmt.Println(s)
	}
}
