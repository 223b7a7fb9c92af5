package main

import "fmt"

func IndexOf[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Zero[T any]() (z T) { return }

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(IndexOf([]string{"a", "b"}, "b"), IndexOf([]float64{1, 2}, 3))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(IsZero(0), IsZero("x"), IsZero(struct{ a int }{}))
	var e error
	fmt.Println(IsZero(e), IsZero[any](nil))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps, Map(ps, func(p Pair[string, int]) int { return p.Val * 10 }))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(IsZero[any]([]int{}))
	}()
}
