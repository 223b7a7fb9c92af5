package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func lowerBound[T cmp.Ordered](a []T, x T) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	a := []int{1, 3, 3, 3, 5, 8, 13, 21}
	for _, x := range []int{0, 3, 4, 21, 22} {
		i := sort.SearchInts(a, x)
		j := sort.Search(len(a), func(k int) bool { return a[k] > x })
		p, found := slices.BinarySearch(a, x)
		fmt.Println(x, i, j, j-i, p, found, lowerBound(a, x))
	}
	people := []Person{{"Ann", 31}, {"bob", 25}, {"Cid", 40}, {"dora", 22}}
	slices.SortFunc(people, func(x, y Person) int {
		return strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name))
	})
	fmt.Println(people)
	i, ok := slices.BinarySearchFunc(people, "CID", func(p Person, t string) int {
		return strings.Compare(strings.ToLower(p.Name), strings.ToLower(t))
	})
	fmt.Println(i, ok)
	// integer sqrt by binary search over answer
	isqrt := func(n int) int {
		return sort.Search(n+1, func(k int) bool { return k*k > n }) - 1
	}
	fmt.Println(isqrt(0), isqrt(15), isqrt(16), isqrt(1<<40))
	// find first bad version
	bad := 4711
	fmt.Println(sort.Search(10000, func(v int) bool { return v >= bad }))
	strs := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(strs, "blue"), sort.SearchFloat64s([]float64{1.5, 2.5}, 2.5))
	idx, found := sort.Find(len(strs), func(i int) int { return strings.Compare("cherry", strs[i]) })
	fmt.Println(idx, found)
}
