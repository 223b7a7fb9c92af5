package main

import (
	"cmp"
	"fmt"
)

func MaxOf[T cmp.Ordered](xs ...T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m, true
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

type Version struct{ Major, Minor int }

func CompareBy[T any, K cmp.Ordered](key func(T) K) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(key(a), key(b)) }
}

func main() {
	fmt.Println(MaxOf(3, 9, 2))
	fmt.Println(MaxOf("pear", "apple"))
	fmt.Println(MaxOf[float64]())
	fmt.Println(Clamp(15, 0, 10), Clamp(-1.5, 0, 1), Clamp("m", "a", "k"))
	c := CompareBy(func(v Version) int { return v.Major*100 + v.Minor })
	fmt.Println(c(Version{1, 2}, Version{1, 10}), c(Version{2, 0}, Version{1, 99}))
}
