package main

import (
	"cmp"
	"fmt"
)

func QuickSort[T cmp.Ordered](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	pivot := xs[0]
	var less, more []T
	for _, x := range xs[1:] {
		if x < pivot {
			less = append(less, x)
		} else {
			more = append(more, x)
		}
	}
	out := append(QuickSort(less), pivot)
	return append(out, QuickSort(more)...)
}

type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

func Depth[T any](t *Tree[T]) int {
	if t == nil {
		return 0
	}
	return 1 + max(Depth(t.Left), Depth(t.Right))
}

func Walk[T any](t *Tree[T], visit func(T)) {
	if t == nil {
		return
	}
	Walk(t.Left, visit)
	visit(t.Val)
	Walk(t.Right, visit)
}

func IsEven[T ~int](n T) bool {
	if n == 0 {
		return true
	}
	return IsOdd(n - 1)
}

func IsOdd[T ~int](n T) bool {
	if n == 0 {
		return false
	}
	return IsEven(n - 1)
}

func main() {
	fmt.Println(QuickSort([]int{5, 2, 8, 1, 9, 3}))
	fmt.Println(QuickSort([]string{"pear", "apple", "fig"}))
	t := &Tree[string]{"m", &Tree[string]{"c", nil, &Tree[string]{Val: "d"}}, &Tree[string]{Val: "x"}}
	fmt.Println(Depth(t))
	Walk(t, func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Println(IsEven(10), IsOdd(7), IsEven(3))
}
