package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	// ExampleInts
	{
		s := []int{5, 2, 6, 3, 1, 4} // unsorted
		sort.Ints(s)
		fmt.Println(s)
	}

	// ExampleIntsAreSorted
	{
		s := []int{1, 2, 3, 4, 5, 6} // sorted ascending
		fmt.Println(sort.IntsAreSorted(s))

		s = []int{6, 5, 4, 3, 2, 1} // sorted descending
		fmt.Println(sort.IntsAreSorted(s))

		s = []int{3, 2, 4, 1, 5} // unsorted
		fmt.Println(sort.IntsAreSorted(s))

	}

	// ExampleFloat64s
	{
		s := []float64{5.2, -1.3, 0.7, -3.8, 2.6} // unsorted
		sort.Float64s(s)
		fmt.Println(s)

		s = []float64{math.Inf(1), math.NaN(), math.Inf(-1), 0.0} // unsorted
		sort.Float64s(s)
		fmt.Println(s)

	}

	// ExampleFloat64sAreSorted
	{
		s := []float64{0.7, 1.3, 2.6, 3.8, 5.2} // sorted ascending
		fmt.Println(sort.Float64sAreSorted(s))

		s = []float64{5.2, 3.8, 2.6, 1.3, 0.7} // sorted descending
		fmt.Println(sort.Float64sAreSorted(s))

		s = []float64{5.2, 1.3, 0.7, 3.8, 2.6} // unsorted
		fmt.Println(sort.Float64sAreSorted(s))

	}

	// ExampleReverse
	{
		s := []int{5, 2, 6, 3, 1, 4} // unsorted
		sort.Sort(sort.Reverse(sort.IntSlice(s)))
		fmt.Println(s)
	}
}
