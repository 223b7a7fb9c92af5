package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Describe[S Stringish](s S) string {
	return strings.ToUpper(string(s)) + fmt.Sprint(s.Len())
}

func MaxOf[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Integer interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~int
}

func Double[T Integer](x T) T { return x * 2 }

func main() {
	fmt.Println(Describe(Name("bob")))
	fmt.Println(MaxOf(3, 7), MaxOf("abc", "abd"), MaxOf(2.5, -1))
	var i8 int8 = 100
	fmt.Println(Double(i8), Double(21))
}
