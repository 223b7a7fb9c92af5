package main

import (
	"fmt"
	"slices"
	"strings"
)

func Identity[T any](v T) T { return v }

func Neg[T ~int | ~float64](v T) T { return -v }

func IsEven[T ~int | ~int64](v T) bool { return v%2 == 0 }

func pick(neg bool) func(int) int {
	if neg {
		return Neg // 1.21: inferred from the result type
	}
	return Identity
}

type Op struct {
	name string
	f    func(float64) float64
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func main() {
	fmt.Println(pick(true)(3), pick(false)(3))
	ops := []Op{{"id", Identity[float64]}, {"neg", Neg[float64]}}
	for _, op := range ops {
		fmt.Println(op.name, op.f(1.5))
	}
	var f func(float64) float64
	f = Neg
	fmt.Println(f(2))
	xs := []int{1, 3, 4, 7, 8}
	fmt.Println(slices.IndexFunc(xs, IsEven), slices.ContainsFunc(xs, IsEven[int]))
	ys := slices.DeleteFunc(slices.Clone(xs), IsEven)
	fmt.Println(ys)
	h := Compose(strings.TrimSpace, Upper[string])
	fmt.Println(h("  go  "))
	k := Compose(Neg[int], func(i int) string { return fmt.Sprint("<", i, ">") })
	fmt.Println(k(5))
}
