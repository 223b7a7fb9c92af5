// Unions written directly as type parameter constraints ([T ~int |
// ~float64], [T Integer | Float]) accept every type of their terms,
// named types with those underlying types included.
package main

import "fmt"

type Integer interface{ ~int | ~int64 }
type Float interface{ ~float32 | ~float64 }

type Vec[T ~int | ~float64] struct{ X, Y T }

func (v Vec[T]) Add(o Vec[T]) Vec[T] { return Vec[T]{v.X + o.X, v.Y + o.Y} }

func Double[T ~int | ~float64 | ~string](v T) T { return v + v }

func Neg[T Integer | Float](v T) T { return -v }

type MyInt int

func Pick[T int | string, U Integer | ~string](t T, u U) string { return fmt.Sprint(t, u) }

func main() {
	fmt.Println(Vec[int]{1, 2}.Add(Vec[int]{3, 4}), Vec[float64]{0.5, 1}.Add(Vec[float64]{1, 1}))
	fmt.Println(Double(2), Double(1.5), Double("ab"), Double(MyInt(4)))
	fmt.Println(Neg(3), Neg(float32(1.5)), Neg(MyInt(2)), Neg[int64](9))
	fmt.Println(Pick(1, MyInt(2)), Pick("a", "b"))
}
