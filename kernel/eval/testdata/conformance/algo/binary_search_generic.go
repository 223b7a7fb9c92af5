package main

import (
	"cmp"
	"fmt"
	"sort"
)

func BinarySearch[T cmp.Ordered](a []T, x T) int {
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

func LowerBound[T cmp.Ordered](a []T, x T) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func recursive(a []int, x, lo, hi int) int {
	if lo > hi {
		return -1
	}
	mid := (lo + hi) / 2
	if a[mid] == x {
		return mid
	} else if a[mid] > x {
		return recursive(a, x, lo, mid-1)
	}
	return recursive(a, x, mid+1, hi)
}

func isqrt(n int) int {
	return sort.Search(n+1, func(i int) bool { return i*i > n }) - 1
}

func main() {
	a := []int{1, 3, 5, 7, 9, 11, 13}
	for _, x := range []int{1, 7, 13, 4, 0, 14} {
		fmt.Print(BinarySearch(a, x), " ", recursive(a, x, 0, len(a)-1), " | ")
	}
	fmt.Println()
	d := []int{1, 2, 2, 2, 5}
	fmt.Println(LowerBound(d, 2), LowerBound(d, 3), LowerBound(d, 9), LowerBound(d, 0))
	fmt.Println(BinarySearch([]string{"ant", "bee", "cat"}, "cat"))
	fmt.Println(isqrt(0), isqrt(15), isqrt(16), isqrt(1000000))
	idx, found := sort.Find(len(a), func(i int) int { return cmp.Compare(9, a[i]) })
	fmt.Println(idx, found)
	fmt.Println(sort.SearchInts(a, 8), sort.SearchStrings([]string{"a", "c"}, "b"))
}
