package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	fmt.Stringer
}

type base struct{ name string }

func (b *base) String() string { return "shape:" + b.name }

type Sq struct {
	*base
	s float64
}

func (s Sq) Area() float64 { return s.s * s.s }

type Circ struct {
	*base
	r float64
}

func (c *Circ) Area() float64 { return 3 * c.r * c.r }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type ValidationError struct {
	*base
	field string
}

func (v ValidationError) Error() string { return v.String() + ": bad " + v.field }

func main() {
	shapes := []Shape{Sq{&base{"sq"}, 2}, &Circ{&base{"c"}, 1}, Sq{&base{"tiny"}, 0.5}}
	sort.Sort(byArea(shapes))
	var names []string
	for _, s := range shapes {
		names = append(names, fmt.Sprintf("%v=%.2f", s, s.Area()))
	}
	fmt.Println(strings.Join(names, " "))
	fmt.Println(shapes)
	m := map[string]Shape{"a": shapes[0]}
	fmt.Printf("%v %s\n", m, m["a"])
	err := fmt.Errorf("ctx: %w", ValidationError{&base{"form"}, "email"})
	var ve ValidationError
	fmt.Println(err, errors.As(err, &ve), ve.field, ve)
	var st fmt.Stringer = ve
	fmt.Println(st)
}
