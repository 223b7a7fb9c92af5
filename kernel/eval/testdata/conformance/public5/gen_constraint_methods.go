package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stringish interface {
	~string
	Len() int
}

type Label string

func (l Label) Len() int { return len(l) }

type Tag string

func (t Tag) Len() int { return len([]rune(t)) }

func Longest[S Stringish](xs ...S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64     { return r.W * r.H }
func (r Rect) String() string    { return "rect " + strconv.FormatFloat(r.Area(), 'f', 1, 64) }
func (s *Square) Area() float64  { return s.S * s.S }
func (s *Square) String() string { return fmt.Sprintf("square %.1f", s.Area()) }

func Largest[T Shape](shapes []T) T {
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	return shapes[0]
}

type PtrTo[T any] interface {
	*T
	Set(string) error
}

type Port int

func (p *Port) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	if n < 1 || n > 65535 {
		return fmt.Errorf("port %d out of range", n)
	}
	*p = Port(n)
	return nil
}

type Host string

func (h *Host) Set(s string) error { *h = Host(strings.ToLower(s)); return nil }

func ParseAll[T any, PT PtrTo[T]](in []string) ([]T, error) {
	out := make([]T, len(in))
	for i, s := range in {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

type Number interface{ ~int | ~float64 }

func Scale[S ~[]E, E Number](s S, f E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * f
	}
	return out
}

type Prices []float64

func (p Prices) Total() (t float64) {
	for _, v := range p {
		t += v
	}
	return
}

func main() {
	fmt.Println(Longest[Label]("a", "abc", "ab"), Longest(Tag("héé"), Tag("abcd")), Longest[Label]() == "")
	fmt.Println(Upper(Label("mixed Case")), Upper("plain"))
	fmt.Printf("%T %T\n", Upper(Tag("x")), Upper("x"))
	fmt.Println(Largest([]Shape{Rect{2, 3}, &Square{3}, Rect{1, 1}}))
	fmt.Println(Largest([]*Square{{1}, {4}, {2}}))
	ports, err := ParseAll[Port]([]string{"80", "443", "8080"})
	fmt.Println(ports, err)
	ports, err = ParseAll[Port]([]string{"22", "70000"})
	fmt.Println(ports, err)
	hosts, _ := ParseAll[Host]([]string{"Example.COM", "LocalHost"})
	fmt.Println(hosts)
	p := Scale(Prices{1.5, 2, 10}, 2)
	fmt.Println(p, p.Total())
	fmt.Printf("%T %v\n", Scale([]int{1, 2}, 3), Scale([]int{1, 2}, 3))
}
