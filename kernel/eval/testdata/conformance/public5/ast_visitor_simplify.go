package main

import (
	"fmt"
	"strings"
)

type Node interface{ node() }

type (
	Num struct{ V int }
	Var struct{ Name string }
	Bin struct {
		Op   byte
		L, R Node
	}
	Neg  struct{ X Node }
	Call struct {
		Fn   string
		Args []Node
	}
)

func (Num) node()  {}
func (Var) node()  {}
func (*Bin) node() {}
func (Neg) node()  {}
func (Call) node() {}

type Visitor interface {
	Visit(n Node) (w Visitor)
}

func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	switch n := n.(type) {
	case *Bin:
		Walk(v, n.L)
		Walk(v, n.R)
	case Neg:
		Walk(v, n.X)
	case Call:
		for _, a := range n.Args {
			Walk(v, a)
		}
	}
	v.Visit(nil)
}

type varCollector struct{ seen map[string]int }

func (c *varCollector) Visit(n Node) Visitor {
	if v, ok := n.(Var); ok {
		c.seen[v.Name]++
	}
	return c
}

type depthPrinter struct {
	depth int
	sb    *strings.Builder
}

func (d depthPrinter) Visit(n Node) Visitor {
	if n == nil {
		return nil
	}
	fmt.Fprintf(d.sb, "%s%T\n", strings.Repeat("  ", d.depth), n)
	return depthPrinter{d.depth + 1, d.sb}
}

func simplify(n Node) Node {
	switch n := n.(type) {
	case *Bin:
		l, r := simplify(n.L), simplify(n.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		switch {
		case lok && rok:
			switch n.Op {
			case '+':
				return Num{ln.V + rn.V}
			case '*':
				return Num{ln.V * rn.V}
			case '-':
				return Num{ln.V - rn.V}
			}
		case n.Op == '*' && (lok && ln.V == 0 || rok && rn.V == 0):
			return Num{0}
		case n.Op == '*' && lok && ln.V == 1:
			return r
		case (n.Op == '+' || n.Op == '-') && rok && rn.V == 0:
			return l
		}
		return &Bin{n.Op, l, r}
	case Neg:
		x := simplify(n.X)
		if xn, ok := x.(Num); ok {
			return Num{-xn.V}
		}
		if inner, ok := x.(Neg); ok {
			return inner.X
		}
		return Neg{x}
	case Call:
		args := make([]Node, len(n.Args))
		for i, a := range n.Args {
			args[i] = simplify(a)
		}
		return Call{n.Fn, args}
	}
	return n
}

func show(n Node) string {
	switch n := n.(type) {
	case Num:
		return fmt.Sprint(n.V)
	case Var:
		return n.Name
	case *Bin:
		return "(" + show(n.L) + " " + string(n.Op) + " " + show(n.R) + ")"
	case Neg:
		return "-" + show(n.X)
	case Call:
		parts := make([]string, len(n.Args))
		for i, a := range n.Args {
			parts[i] = show(a)
		}
		return n.Fn + "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

func main() {
	e := &Bin{'+',
		&Bin{'*', Num{1}, Var{"x"}},
		Call{"max", []Node{&Bin{'*', Var{"y"}, Num{0}}, Neg{Neg{Var{"x"}}}, &Bin{'-', &Bin{'+', Num{2}, Num{3}}, Num{0}}}},
	}
	fmt.Println(show(e))
	fmt.Println(show(simplify(e)))
	c := &varCollector{seen: map[string]int{}}
	Walk(c, e)
	fmt.Println(c.seen)
	var sb strings.Builder
	Walk(depthPrinter{sb: &sb}, simplify(e))
	fmt.Print(sb.String())
}
