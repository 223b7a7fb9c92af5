package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct{ S float64 }

func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }

func Largest[S Shape](shapes []S) (best S) {
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[T Stringish](xs ...T) T {
	var b T
	for _, x := range xs {
		if x.Len() > b.Len() {
			b = x
		}
	}
	return b + "!"
}

func main() {
	fmt.Println(Largest([]Rect{{1, 2}, {3, 1}, {2, 2}}))
	fmt.Println(Largest([]Shape{Rect{1, 1}, Square{3}, Rect{2, 4}}))
	fmt.Println(Longest[Name]("ann", "bob", "carol"))
}
