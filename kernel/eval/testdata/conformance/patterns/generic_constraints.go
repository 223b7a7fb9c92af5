package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64
type MyInt int

func Max[T interface{ ~int | ~string }](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringish interface {
	~string
	Len() int
}

type Word string

func (w Word) Len() int { return len(w) }

func TotalLen[S Stringish](xs []S) int {
	n := 0
	for _, x := range xs {
		n += x.Len()
	}
	return n
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Pt struct{ X, Y int }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5), Sum[MyInt]())
	fmt.Printf("%T %T\n", Sum[Celsius](1), Sum(int8(100), 27))
	fmt.Println(Sum(int8(100), 27, 1))
	fmt.Println(Max(3, 7), Max("b", "a"), Max(MyInt(4), 2))
	fmt.Println(TotalLen([]Word{"ab", "cde"}))
	fmt.Println(Join([]ID{1, 2, 3}, ", "))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]Pt{{1, 2}, {3, 4}}, Pt{3, 4}), Index([]any{1, "x"}, any("x")))
}
