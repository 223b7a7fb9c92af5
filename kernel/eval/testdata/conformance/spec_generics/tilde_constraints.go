package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Meters float64
type Count int

func Sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type Stringish interface{ ~string }

type Path string

func Join[S Stringish](parts []S, sep string) S {
	ss := make([]string, len(parts))
	for i, p := range parts {
		ss[i] = string(p)
	}
	return S(strings.Join(ss, sep))
}

func Double[T ~[]E, E Number](s T) T {
	out := make(T, len(s))
	for i, v := range s {
		out[i] = v * 2
	}
	return out
}

type Scores []Count

func main() {
	fmt.Println(Sum(Meters(1.5), Meters(2)), Sum[Count](1, 2, 3), Sum(1.0, 2))
	fmt.Printf("%T\n", Sum(Meters(1)))
	p := Join([]Path{"usr", "local", "bin"}, "/")
	fmt.Printf("%v %T\n", p, p)
	d := Double(Scores{1, 2, 3})
	fmt.Printf("%v %T\n", d, d)
}
