package main

import (
	"fmt"
	"strconv"
)

type Shower interface {
	~int | ~float64
	Show() string
}

type Meters int

func (m Meters) Show() string { return strconv.Itoa(int(m)) + "m" }

type Kilos float64

func (k Kilos) Show() string { return strconv.FormatFloat(float64(k), 'f', 1, 64) + "kg" }

func Total[T Shower](xs ...T) (T, string) {
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum, sum.Show()
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func main() {
	n, s := Total(Meters(3), Meters(4))
	fmt.Println(n, s)
	k, ks := Total(Kilos(1.25), Kilos(2))
	fmt.Println(k, ks)
	fmt.Println(JoinAll([]ID{1, 2, 3}, ", "))
}
