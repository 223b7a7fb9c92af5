package main

import (
	"fmt"
	"sort"
)

func search(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func searchRec(a []int, x, lo, hi int) int {
	if lo > hi {
		return -(lo + 1)
	}
	mid := (lo + hi) / 2
	if a[mid] > x {
		return searchRec(a, x, lo, mid-1)
	} else if a[mid] < x {
		return searchRec(a, x, mid+1, hi)
	}
	return mid
}

func main() {
	a := []int{1, 3, 5, 7, 9, 11, 13, 17, 19}
	for _, x := range []int{1, 7, 19, 4, 20, 0} {
		fmt.Println(x, search(a, x), searchRec(a, x, 0, len(a)-1), sort.SearchInts(a, x))
	}
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("isqrt-ish:", i)
	words := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(words, "blueberry"))
}
