package main

import "fmt"

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64

type Count int32

func Average[T Number](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum / T(len(xs))
}

func Scale[T Number](xs []T, f T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * f
	}
	return out
}

func Clamp[T ~int | ~float64](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func Neg[T ~int | ~float64](x T) T { return -x }

func main() {
	fmt.Println(Average([]Celsius{20, 22.5, 25}))
	fmt.Println(Average([]Count{1, 2, 4}))
	fmt.Println(Average([]int64{}))
	fmt.Println(Scale([]float32{1.5, 2}, 2))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Neg(Celsius(3)))
	fmt.Printf("%T %T\n", Average([]Celsius{1}), Scale([]Count{1}, 3))
}
