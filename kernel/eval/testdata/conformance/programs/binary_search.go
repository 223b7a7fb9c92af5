package main

import (
	"fmt"
	"sort"
)

func search(a []int, x int) (int, bool) {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := int(uint(lo+hi) >> 1)
		switch {
		case a[mid] < x:
			lo = mid + 1
		case a[mid] > x:
			hi = mid - 1
		default:
			return mid, true
		}
	}
	return lo, false
}

func searchRec(a []string, x string, lo, hi int) int {
	if lo > hi {
		return -1
	}
	m := lo + (hi-lo)/2
	if a[m] == x {
		return m
	} else if a[m] < x {
		return searchRec(a, x, m+1, hi)
	}
	return searchRec(a, x, lo, m-1)
}

func main() {
	a := []int{1, 3, 5, 7, 9, 11, 13}
	for _, x := range []int{0, 1, 6, 13, 14} {
		i, ok := search(a, x)
		fmt.Println(x, i, ok, sort.SearchInts(a, x))
	}
	s := []string{"apple", "banana", "cherry", "date"}
	fmt.Println(searchRec(s, "cherry", 0, len(s)-1), searchRec(s, "fig", 0, len(s)-1))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
}
