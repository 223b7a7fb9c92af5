// Constraints with methods: a Shape constraint, a pointer-method
// constraint (PT interface{ *T; Set(string) error }) used to build values,
// and a Stringer-and-comparable constraint.
package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }

func Largest[S Shape](shapes []S) (best S) {
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

func TotalArea[S Shape](shapes ...S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Setter[T any] interface {
	*T
	Set(string) error
}

type Port struct{ n int }

func (p *Port) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("port %q: %w", s, err)
	}
	p.n = n
	return nil
}

type Flag struct{ on bool }

func (f *Flag) Set(s string) (err error) {
	f.on, err = strconv.ParseBool(s)
	return
}

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, error) {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		if err := PT(&out[i]).Set(in); err != nil {
			return nil, err
		}
	}
	return out, nil
}

type Key interface {
	comparable
	fmt.Stringer
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func Count[K Key](ks []K) []string {
	m := map[K]int{}
	for _, k := range ks {
		m[k]++
	}
	var out []string
	for k, n := range m {
		out = append(out, fmt.Sprintf("%s=%d", k, n))
	}
	sort.Strings(out)
	return out
}

func main() {
	fmt.Println(Largest([]Rect{{1, 2}, {3, 1}, {2, 2}}))
	fmt.Printf("%.2f\n", TotalArea(Circle{1}, Circle{2}))
	fmt.Println(Largest([]Shape{Circle{1}, Rect{2, 2}}).Name())
	ports, err := ParseAll[Port]([]string{"80", "443"})
	fmt.Println(ports, err)
	_, err = ParseAll[Port]([]string{"80", "http"})
	fmt.Println(err)
	flags, err := ParseAll[Flag]([]string{"true", "0"})
	fmt.Println(flags, err)
	fmt.Println(Count([]Color{0, 2, 0, 1, 2, 0}))
}
