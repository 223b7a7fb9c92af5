package main

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// Table-driven tests of a tiny parser, as Go projects write them: the
// parsed AST (nodes held in fields and slices of an interface type) is
// compared with the expected one by reflect.DeepEqual.

type Node interface{ node() }

type Num struct{ V float64 }
type Ident struct{ Name string }
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}
type Call struct {
	Fn   Node
	Args []Node
}

func (Num) node()     {}
func (Ident) node()   {}
func (*Unary) node()  {}
func (*Binary) node() {}
func (*Call) node()   {}

type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Node {
	l := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()
		l = &Binary{op, l, p.term()}
	}
	return l
}

func (p *parser) term() Node {
	l := p.unary()
	for p.peek() == "*" {
		p.next()
		l = &Binary{"*", l, p.unary()}
	}
	return l
}

func (p *parser) unary() Node {
	if p.peek() == "-" {
		p.next()
		return &Unary{"-", p.unary()}
	}
	return p.primary()
}

func (p *parser) primary() Node {
	t := p.next()
	if t == "(" {
		e := p.expr()
		p.next()
		return e
	}
	if v, err := strconv.ParseFloat(t, 64); err == nil {
		return Num{v}
	}
	id := Ident{t}
	if p.peek() == "(" {
		p.next()
		c := &Call{Fn: id}
		for p.peek() != ")" {
			c.Args = append(c.Args, p.expr())
			if p.peek() == "," {
				p.next()
			}
		}
		p.next()
		return c
	}
	return id
}

func parse(s string) Node {
	return (&parser{toks: strings.Fields(s)}).expr()
}

type env struct {
	vars   map[string]Node
	parent *env
}

func main() {
	tests := []struct {
		in   string
		want Node
	}{
		{"1", Num{1}},
		{"x", Ident{"x"}},
		{"1 + 2 * x", &Binary{"+", Num{1}, &Binary{"*", Num{2}, Ident{"x"}}}},
		{"- ( a - b )", &Unary{"-", &Binary{"-", Ident{"a"}, Ident{"b"}}}},
		{"f ( 1 , g ( x ) )", &Call{Ident{"f"}, []Node{Num{1}, &Call{Ident{"g"}, []Node{Ident{"x"}}}}}},
		{"f ( )", &Call{Fn: Ident{"f"}}},
		// Expected wrongly, on purpose: the tests report a difference.
		{"1 + 2", &Binary{"+", Num{2}, Num{1}}},
		{"f ( )", &Call{Ident{"f"}, []Node{}}},
		{"x", Num{0}},
		{"y", &Unary{"-", Ident{"y"}}},
	}
	for _, tt := range tests {
		got := parse(tt.in)
		fmt.Printf("%-20q ok=%v\n", tt.in, reflect.DeepEqual(got, tt.want))
	}

	// Slices, maps and arrays of the interface type; nil interfaces.
	fmt.Println(reflect.DeepEqual([]Node{Num{1}, nil}, []Node{Num{1}, nil}),
		reflect.DeepEqual([]Node{Num{1}}, []Node{Ident{"1"}}),
		reflect.DeepEqual(map[string]Node{"a": &Unary{"-", Num{1}}}, map[string]Node{"a": &Unary{"-", Num{1}}}),
		reflect.DeepEqual([2]Node{Num{1}}, [2]Node{Num{1}, Num{0}}),
		reflect.DeepEqual(Node(nil), nil))
	var n1, n2 Node = Num{3}, Num{3}
	fmt.Println(reflect.DeepEqual(n1, n2), reflect.DeepEqual(&n1, &n2), reflect.DeepEqual(n1, Num{3}), reflect.DeepEqual(n1, Ident{}))

	// NaN is not deeply equal to itself; a value is deeply equal to itself
	// through the same pointer.
	nan := Num{math.NaN()}
	fmt.Println(reflect.DeepEqual([]Node{nan}, []Node{nan}), reflect.DeepEqual(&Unary{"-", nan}, &Unary{"-", nan}))

	// Cycles through interface fields and pointers.
	root := &env{vars: map[string]Node{"x": Num{1}}}
	child := &env{vars: map[string]Node{"y": Ident{"x"}}, parent: root}
	root.vars["self"] = &Unary{"&", Ident{"root"}}
	other := &env{vars: map[string]Node{"y": Ident{"x"}}, parent: &env{vars: map[string]Node{"x": Num{1}, "self": &Unary{"&", Ident{"root"}}}}}
	fmt.Println(reflect.DeepEqual(child, other))
	other.parent.vars["x"] = Num{2}
	fmt.Println(reflect.DeepEqual(child, other))
	type cyc struct {
		Next *cyc
		Val  Node
	}
	a := &cyc{Val: Num{1}}
	a.Next = a
	b := &cyc{Val: Num{1}}
	b.Next = b
	fmt.Println(reflect.DeepEqual(a, b))
	b.Val = Num{2}
	fmt.Println(reflect.DeepEqual(a, b))
}
