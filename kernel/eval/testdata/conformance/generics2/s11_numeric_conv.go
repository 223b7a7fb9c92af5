// Numeric generics: conversions between type parameters (To(from)),
// Sum/Mean over ~int | ~float64 sets, Clamp, Abs with a named numeric
// type, and untyped constants in generic arithmetic.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

func Convert[To, From Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Mean[T Number](xs ...T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Number](v, lo, hi T) T { return max(lo, min(v, hi)) }

func Abs[T Integer | Float](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

type Celsius float64
type Cents int64

func Scale[T Number](v T) T { return v*2 + 1 }

func main() {
	fmt.Println(Convert[float64]([]int{1, 2, 3}), Convert[uint8]([]float64{1.9, 255.5, 3}))
	fmt.Println(Convert[Cents]([]Celsius{1.5, -2.5}))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Cents](100, 250), Sum[uint8](200, 100))
	fmt.Printf("%.3f %.1f %v\n", Mean(1, 2, 2), Mean[Celsius](20, 25), Mean[int]())
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp[Celsius](36.6, 35, 42))
	fmt.Println(Abs(-7), Abs(Celsius(-3.5)), Abs(int8(-128)), Abs[Cents](-99))
	fmt.Println(Scale(3), Scale(0.5), Scale[uint8](200), Scale[Celsius](1))
	fmt.Printf("%T %T\n", Scale[Cents](1), Abs(float32(-1)))
}
