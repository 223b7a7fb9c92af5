package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Constraints with methods, with and without type terms, and a
// constraint parameterized by the type parameter itself.

type Shower interface{ Show() string }

type Celsius float64

func (c Celsius) Show() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Code int

func (c Code) Show() string { return fmt.Sprintf("E%03d", int(c)) }

type ShowNumber interface {
	~int | ~float64
	Show() string
}

func ShowAll[T Shower](xs []T) string {
	parts := []string{}
	for _, x := range xs {
		parts = append(parts, x.Show())
	}
	return strings.Join(parts, " ")
}

func SumShow[T ShowNumber](xs ...T) string {
	var s T
	for _, x := range xs {
		s += x
	}
	return s.Show()
}

type Lesser[T any] interface{ Less(T) bool }

type Version struct{ Major, Minor int }

func (v Version) Less(o Version) bool {
	return v.Major < o.Major || v.Major == o.Major && v.Minor < o.Minor
}

func MaxOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if m.Less(x) {
			m = x
		}
	}
	return m
}

type Setter[T any] interface {
	*T
	Set(string) error
}

type Port int

func (p *Port) Set(s string) error {
	n, err := strconv.Atoi(s)
	*p = Port(n)
	return err
}

func Parse[T any, PT Setter[T]](ss ...string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

func main() {
	fmt.Println(ShowAll([]Celsius{21.5, -3}))
	fmt.Println(ShowAll([]Code{7, 42}))
	fmt.Println(SumShow[Celsius](1.25, 2.5), SumShow(Code(1), Code(2)))
	fmt.Println(MaxOf(Version{1, 2}, Version{1, 10}, Version{0, 99}))
	ps, err := Parse[Port]("80", "443")
	fmt.Println(ps, err)
	ps, err = Parse[Port]("8080", "x")
	fmt.Println(ps, err)
}
