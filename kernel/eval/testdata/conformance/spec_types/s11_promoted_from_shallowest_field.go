package main

import (
	"fmt"
	"strings"
)

// A promoted method or field comes from the shallowest embedded field that
// has it, whatever the fields' order: struct{ A; label } with A embedding
// label too has label's own method and field at depth 1 (the interpreter
// took the first field's, A.label's, at depth 2), and a method of a
// compiled type embedded at depth 1 wins over one of the notebook at depth 2.

type label string

func (l label) Name() string { return string(l) }

type A struct{ label }

type B struct {
	A
	label
}

type point struct{ X int }
type wrap struct{ point }
type both struct {
	wrap
	point
}

type inner struct{}

func (inner) String() string { return "inner" }

type deep struct{ inner }

func main() {
	b := &B{A: A{label: "a"}, label: "b"}
	fmt.Println(b.Name(), (*b).Name(), b.label, b.A.Name())
	f := b.Name
	fmt.Println(f())
	var n interface{ Name() string } = b
	fmt.Println(n.Name())

	v := both{wrap{point{1}}, point{2}}
	fmt.Println(v.X, v.wrap.X)

	s := struct {
		deep
		*strings.Builder
	}{deep{}, &strings.Builder{}}
	s.WriteString("builder")
	fmt.Println(s.String())
	var st fmt.Stringer = s
	fmt.Println(st.String())
}
