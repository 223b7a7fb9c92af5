package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

type ID int32

func (id ID) String() string { return "#" + strconv.Itoa(int(id)) }

type Labeled interface {
	Integer
	fmt.Stringer
}

func SumAll[T Integer](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func Describe[T Labeled](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%s(%d)", x.String(), int64(x)*2)
	}
	return strings.Join(parts, " ")
}

func Clamp[T Integer](v, lo, hi T) T { return max(lo, min(v, hi)) }

type Celsius int16

func main() {
	fmt.Println(SumAll(1, 2, 3), SumAll[int8](100, 27), SumAll(ID(4), ID(5)))
	fmt.Println(SumAll[int8](100, 28))
	fmt.Println(Longest([]Name{"al", "beatrice", "cy"}))
	fmt.Println(Describe([]ID{7, 11}))
	fmt.Println(Clamp(Celsius(120), -40, 100), Clamp(-5, 0, 10))
	var total ID = SumAll[ID]()
	fmt.Printf("%v %d %T\n", total, total, total)
}
