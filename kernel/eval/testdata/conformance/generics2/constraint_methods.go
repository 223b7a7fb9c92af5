package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (s Square) Area() float64 { return s.S * s.S }
func (s Square) Name() string  { return "square" }

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
	fmt.Println(Join([]Celsius{21.5, -3}, ", "))
	fmt.Println(Join([]ID{1, 22, 333}, "|"))
	r := Largest(Rect{2, 3}, Rect{1, 10}, Rect{4, 1})
	fmt.Println(r.Name(), r.Area(), r)
	sq := Largest[Square](Square{2}, Square{3})
	fmt.Printf("%v %T\n", sq.Area(), sq)
	mixed := Largest[Shape](Rect{1, 1}, Square{5})
	fmt.Println(mixed.Name())
}
