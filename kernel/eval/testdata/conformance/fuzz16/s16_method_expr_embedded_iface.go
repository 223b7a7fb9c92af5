// A method expression T.M (or (*T).M) of a struct type whose method M is
// promoted from an embedded interface is a func whose first argument is
// the struct: the notebook took it for the interface's method, without
// that argument, and refused W.Val(w) with "too many arguments".
package main

import (
	"fmt"
	"strings"
)

type Valuer interface{ Val() int }

type namer interface {
	Name(prefix string, parts ...string) string
}

type T struct{ n int }

func (t T) Val() int { return t.n }

func (t T) Name(prefix string, parts ...string) string {
	return prefix + strings.Join(parts, "-") + fmt.Sprint(t.n)
}

type Wrap struct {
	Valuer
	namer
	tag string
}

type Outer struct {
	*Wrap
	extra int
}

func main() {
	w := Wrap{T{3}, T{4}, "w"}
	val := Wrap.Val
	pval := (*Wrap).Val
	name := Wrap.Name
	w.Valuer = T{5} // the receiver is the argument of each call
	fmt.Println(val(w), pval(&w), Wrap.Val(w), name(w, "p:", "a", "b"))
	fmt.Printf("%T | %T | %T\n", val, pval, name)

	o := Outer{&w, 1}
	fmt.Println(Outer.Val(o), (*Outer).Val(&o), Outer.Name(o, "o:"))

	fs := []func(Wrap) int{Wrap.Val, func(w Wrap) int { return w.Val() * 10 }}
	for _, f := range fs {
		fmt.Print(f(Wrap{Valuer: T{7}}), " ")
	}
	fmt.Println()

	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Wrap.Val(Wrap{}))
}
