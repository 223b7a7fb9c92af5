package main

import (
	"fmt"
	"strings"
)

type Vec3 [3]float64

func (v Vec3) Dot(o Vec3) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }
func (v *Vec3) Scale(f float64) {
	for i := range v {
		v[i] *= f
	}
}

type Board [3][3]byte

func (b Board) Winner() byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != ' ' && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(t T) bool { return p(t) && q(t) } }
func (p Pred[T]) Not() Pred[T]          { return func(t T) bool { return !p(t) } }

type Meta struct{ Tag string }
type Doc struct {
	*Meta
	Pos   struct{ A, B int }
	Title string
}

const greeting = "hello"
const shout = greeting + "!"

type Level string

const (
	Low  Level = "low"
	High Level = "high" + ""
)

func main() {
	v := Vec3{1, 2, 3}
	v.Scale(2)
	fmt.Println(v, v.Dot(Vec3{1, 0, 0}), len(v))
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = ' '
		}
	}
	b[0][0], b[1][1], b[2][2] = 'X', 'X', 'X'
	fmt.Printf("%c\n", b.Winner())
	even := Pred[int](func(n int) bool { return n%2 == 0 })
	big := Pred[int](func(n int) bool { return n > 10 })
	f := even.And(big.Not())
	var got []int
	for i := range 15 {
		if f(i) {
			got = append(got, i)
		}
	}
	fmt.Println(got)
	d := Doc{&Meta{"t"}, struct{ A, B int }{1, 2}, "title"}
	fmt.Println(d.Tag, d.Title)
	fmt.Println(shout, len(shout), Low < High, Level("mid"))
	switch [2]int{1, 2} {
	case [2]int{2, 1}:
		fmt.Println("reversed")
	case [2]int{1, 2}:
		fmt.Println("match array")
	}
	type pt struct{ x, y int }
	switch p := (pt{1, 2}); p {
	case pt{1, 2}:
		fmt.Println("match struct", p)
	}
	lvl := High
	switch lvl {
	case Low, "medium":
		fmt.Println("lowish")
	case High:
		fmt.Println("high")
	}
	i := 0
	var sb strings.Builder
top:
	for ; i < 10; i++ {
		switch {
		case i%3 == 0:
			continue top
		case i == 8:
			break top
		}
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb.String(), i)
	var fs []func()
	for i := range 3 {
		defer func() { fmt.Print("d", i, " ") }()
		fs = append(fs, func() { fmt.Print("f", i, " ") })
	}
	for _, fn := range fs {
		fn()
	}
	fmt.Println()
}
