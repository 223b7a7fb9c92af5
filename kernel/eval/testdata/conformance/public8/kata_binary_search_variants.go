package main

import (
	"fmt"
	"sort"
)

func lowerBound(xs []int, t int) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func upperBound(xs []int, t int) int {
	return sort.Search(len(xs), func(i int) bool { return xs[i] > t })
}

func searchRotated(xs []int, t int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch {
		case xs[mid] == t:
			return mid
		case xs[lo] <= xs[mid]:
			if xs[lo] <= t && t < xs[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		default:
			if xs[mid] < t && t <= xs[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func isqrt(n int) int {
	return sort.Search(n+1, func(x int) bool { return x*x > n }) - 1
}

func main() {
	xs := []int{1, 2, 2, 2, 5, 7, 7, 9}
	for _, t := range []int{0, 2, 3, 7, 9, 10} {
		l, u := lowerBound(xs, t), upperBound(xs, t)
		fmt.Printf("t=%d lower=%d upper=%d count=%d\n", t, l, u, u-l)
	}
	rot := []int{15, 18, 22, 3, 5, 8, 11}
	for _, t := range []int{3, 22, 11, 4} {
		fmt.Print(searchRotated(rot, t), " ")
	}
	fmt.Println()
	fmt.Println(isqrt(0), isqrt(15), isqrt(16), isqrt(1<<40))
	i, found := sort.Find(len(xs), func(i int) int { return 5 - xs[i] })
	fmt.Println(i, found, sort.SearchInts(xs, 8), sort.SearchStrings([]string{"a", "c"}, "b"))
}
