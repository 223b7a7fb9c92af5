package main

import (
	"fmt"
	"strconv"
)

type StringableInt interface {
	~int
	String() string
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Describe[T StringableInt](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String()+"="+strconv.Itoa(int(x)*2))
	}
	return out
}

type Shape interface {
	Area() float64
}

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func Largest[S Shape](shapes ...S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	fmt.Println(Describe([]MyInt{1, 2}))
	fmt.Println(Largest(Sq(2), Sq(5), Sq(3)))
}
