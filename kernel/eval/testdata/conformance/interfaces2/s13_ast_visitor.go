package main

import (
	"fmt"
	"strings"
)

// An expression AST whose nodes are held in fields of an interface type,
// walked by a visitor and by a type switch, evaluated and printed.

type Node interface {
	Pos() int
}

type Expr interface {
	Node
	exprNode()
}

type Num struct {
	At    int
	Value float64
}

type Var struct {
	At   int
	Name string
}

type Binary struct {
	At          int
	Op          byte
	Left, Right Expr
}

type Call struct {
	At   int
	Fn   string
	Args []Expr
}

func (n *Num) Pos() int    { return n.At }
func (n *Var) Pos() int    { return n.At }
func (n *Binary) Pos() int { return n.At }
func (n *Call) Pos() int   { return n.At }

func (*Num) exprNode()    {}
func (*Var) exprNode()    {}
func (*Binary) exprNode() {}
func (*Call) exprNode()   {}

type Visitor interface {
	Visit(n Node) Visitor
}

func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	switch n := n.(type) {
	case *Binary:
		Walk(v, n.Left)
		Walk(v, n.Right)
	case *Call:
		for _, a := range n.Args {
			Walk(v, a)
		}
	}
}

type counter map[string]int

func (c counter) Visit(n Node) Visitor {
	c[fmt.Sprintf("%T", n)]++
	return c
}

type varCollector struct{ names []string }

func (c *varCollector) Visit(n Node) Visitor {
	if v, ok := n.(*Var); ok {
		c.names = append(c.names, v.Name)
	}
	return c
}

func eval(e Expr, env map[string]float64) float64 {
	switch e := e.(type) {
	case *Num:
		return e.Value
	case *Var:
		return env[e.Name]
	case *Binary:
		l, r := eval(e.Left, env), eval(e.Right, env)
		switch e.Op {
		case '+':
			return l + r
		case '*':
			return l * r
		case '-':
			return l - r
		}
	case *Call:
		if e.Fn == "max" {
			m := eval(e.Args[0], env)
			for _, a := range e.Args[1:] {
				if v := eval(a, env); v > m {
					m = v
				}
			}
			return m
		}
	}
	panic("bad node")
}

func show(e Expr) string {
	switch e := e.(type) {
	case *Num:
		return fmt.Sprint(e.Value)
	case *Var:
		return e.Name
	case *Binary:
		return "(" + show(e.Left) + " " + string(e.Op) + " " + show(e.Right) + ")"
	case *Call:
		var parts []string
		for _, a := range e.Args {
			parts = append(parts, show(a))
		}
		return e.Fn + "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

func main() {
	// max(x * 2, y + 1) - 3
	tree := &Binary{At: 0, Op: '-',
		Left: &Call{At: 0, Fn: "max", Args: []Expr{
			&Binary{At: 4, Op: '*', Left: &Var{4, "x"}, Right: &Num{8, 2}},
			&Binary{At: 11, Op: '+', Left: &Var{11, "y"}, Right: &Num{15, 1}},
		}},
		Right: &Num{20, 3},
	}
	fmt.Println(show(tree))
	fmt.Println(eval(tree, map[string]float64{"x": 5, "y": 12}))
	c := counter{}
	Walk(c, tree)
	fmt.Println(c)
	vc := &varCollector{}
	Walk(vc, tree)
	fmt.Println(vc.names)

	// Rewriting a field of an interface type in place.
	tree.Right = &Binary{At: 20, Op: '*', Left: &Num{20, 3}, Right: &Var{24, "x"}}
	fmt.Println(show(tree), tree.Right.Pos(), tree.Left.(*Call).Args[1].Pos())
	var n Node = tree.Right
	_, isExpr := n.(Expr)
	fmt.Println(isExpr, tree.Left != nil, tree.Right == Expr(nil))
}
