package main

import (
	"cmp"
	"fmt"
	"slices"
)

func main() {
	// ExampleAppendSeq
	{
		seq := func(yield func(int) bool) {
			for i := 0; i < 10; i += 2 {
				if !yield(i) {
					return
				}
			}
		}

		s := slices.AppendSeq([]int{1, 2}, seq)
		fmt.Println(s)
	}

	// ExampleCollect
	{
		seq := func(yield func(int) bool) {
			for i := 0; i < 10; i += 2 {
				if !yield(i) {
					return
				}
			}
		}

		s := slices.Collect(seq)
		fmt.Println(s)
	}

	// ExampleSorted
	{
		seq := func(yield func(int) bool) {
			flag := -1
			for i := 0; i < 10; i += 2 {
				flag = -flag
				if !yield(i * flag) {
					return
				}
			}
		}

		s := slices.Sorted(seq)
		fmt.Println(s)
		fmt.Println(slices.IsSorted(s))
	}

	// ExampleSortedFunc
	{
		seq := func(yield func(int) bool) {
			flag := -1
			for i := 0; i < 10; i += 2 {
				flag = -flag
				if !yield(i * flag) {
					return
				}
			}
		}

		sortFunc := func(a, b int) int {
			return cmp.Compare(b, a) // the comparison is being done in reverse
		}

		s := slices.SortedFunc(seq, sortFunc)
		fmt.Println(s)
	}
}
