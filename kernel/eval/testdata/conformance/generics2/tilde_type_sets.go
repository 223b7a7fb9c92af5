package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Abs[T Number](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Meters int
type Score float32

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Path []Meters

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27))
	fmt.Println(Sum(Meters(3), Meters(4)), Abs(Score(-2.5)), Abs(-7))
	p := Scale(Path{1, 2, 3}, 10)
	fmt.Printf("%v %T\n", p, p)
	fmt.Printf("%T %T\n", Sum[Meters](), Abs(Score(1)))
}
