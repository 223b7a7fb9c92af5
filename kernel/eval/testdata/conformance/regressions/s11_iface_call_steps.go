package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Methods called through interfaces in loops: value and pointer receivers
// of several dynamic types, receivers that are copied (a method changing
// its copy), nil interfaces and nil pointers inside interfaces, embedded
// (promoted) methods, compiled types in an interpreted interface, nested
// interface values, and methods with several results.

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Scale(k float64) Shape { r.W *= k; r.H *= k; return r }
func (r Rect) String() string        { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64         { return math.Round(math.Pi*c.R*c.R*100) / 100 }
func (c *Circle) Scale(k float64) Shape { return &Circle{c.R * k} }

type Square struct {
	Rect
	label string
}

type Counter interface{ Next() int }

type seq struct{ n, step int }

func (s *seq) Next() int { s.n += s.step; return s.n }

type frozen struct{ n int }

func (f frozen) Next() int { f.n++; return f.n }

type Named interface{ Name() string }

type person struct {
	first, last string
	age         int
}

func (p person) Name() string { return p.first + " " + p.last }

type Divider interface {
	Div(a, b int) (int, error)
}

type safeDiv struct{ calls int }

func (d *safeDiv) Div(a, b int) (int, error) {
	d.calls++
	if b == 0 {
		return 0, errors.New("divide by zero")
	}
	return a / b, nil
}

type nilSafe struct{ v int }

func (n *nilSafe) Next() int {
	if n == nil {
		return -1
	}
	return n.v
}

func total(shapes []Shape) float64 {
	t := 0.0
	for i := 0; i < len(shapes); i++ {
		t += shapes[i].Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{1}, Rect{3, 4}, &Circle{2}, Square{Rect{2, 2}, "sq"}}
	t := 0.0
	for i := 0; i < 100; i++ {
		t += shapes[i%len(shapes)].Area()
	}
	fmt.Printf("%.2f %.2f\n", t, total(shapes))

	var big []Shape
	for _, s := range shapes {
		big = append(big, s.Scale(2))
	}
	fmt.Printf("%.2f %v\n", total(big), big[0])

	counters := []Counter{&seq{0, 1}, frozen{10}, &seq{100, -5}}
	sum := 0
	for round := 0; round < 4; round++ {
		for i := 0; i < len(counters); i++ {
			sum += counters[i].Next()
		}
	}
	fmt.Println("counters:", sum, counters[0].(*seq).n, counters[1].(frozen).n)

	people := []Named{person{"Ada", "Lovelace", 36}, person{"Alan", "Turing", 41}}
	var names []string
	for i := 0; i < len(people); i++ {
		names = append(names, strings.ToUpper(people[i].Name()))
	}
	sort.Strings(names)
	fmt.Println(names)

	var d Divider = &safeDiv{}
	for _, b := range []int{2, 0, 5} {
		q, err := d.Div(10, b)
		fmt.Println(q, err)
	}
	fmt.Println("calls:", d.(*safeDiv).calls)

	var ns *nilSafe
	var c Counter = ns
	for i := 0; i < 2; i++ {
		fmt.Println("nil ptr in iface:", c.Next())
		c = &nilSafe{7}
	}
	fmt.Println(c.Next())

	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		var none Counter
		for i := 0; i < 2; i++ {
			if i == 1 {
				fmt.Println(none.Next())
			}
		}
	}()

	// An interface holding an interface value.
	var inner Shape = Rect{5, 5}
	var outer interface{ Area() float64 } = inner
	a := 0.0
	for i := 0; i < 3; i++ {
		a += outer.Area()
	}
	fmt.Println(a)

	// A compiled type in an interpreted interface.
	type Lener interface{ Len() int }
	ls := []Lener{strings.NewReader("hello"), &strings.Builder{}}
	n := 0
	for i := 0; i < len(ls); i++ {
		n += ls[i].Len()
	}
	fmt.Println("len:", n)

	// The dynamic type changes at the same call site, beyond four types.
	type Animal interface{ Sound() string }
	zoo := []Animal{dog{}, cat{}, cow{}, duck{}, sheep{}, dog{}}
	var sb strings.Builder
	for i := 0; i < len(zoo); i++ {
		sb.WriteString(zoo[i].Sound())
	}
	fmt.Println(sb.String())
}

type dog struct{}
type cat struct{}
type cow struct{}
type duck struct{}
type sheep struct{}

func (dog) Sound() string   { return "woof " }
func (cat) Sound() string   { return "meow " }
func (cow) Sound() string   { return "moo " }
func (duck) Sound() string  { return "quack " }
func (sheep) Sound() string { return "baa " }
