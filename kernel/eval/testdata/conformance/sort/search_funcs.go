package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	if i < len(a) && a[i] == x {
		fmt.Printf("found %d at index %d in %v\n", x, i, a)
	}
	fmt.Println(sort.SearchInts(a, 7), sort.SearchInts(a, 100))
	fs := []float64{1.0, 2.5, 4.0}
	fmt.Println(sort.SearchFloat64s(fs, 2.5))
	ss := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(ss, "blueberry"))
	j, found := sort.Find(len(ss), func(i int) int {
		switch {
		case "banana" < ss[i]:
			return -1
		case "banana" > ss[i]:
			return 1
		}
		return 0
	})
	fmt.Println(j, found)
	guess := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(guess)
}
