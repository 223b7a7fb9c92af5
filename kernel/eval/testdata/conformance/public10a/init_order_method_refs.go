package main

import "fmt"

type S struct{ n int }

func (s S) get() int { return s.n + base }

var order []string

func mark(s string) bool { order = append(order, s); return true }

// A reference to a method counts as a reference to the variables it uses.
var viaMethod = S{1}.get()
var base = 10
var _ = mark("blank1")
var m = S.get
var viaExpr = m(S{5})
var _ = mark("blank2")
var total = sum(viaMethod, viaExpr)

func sum(xs ...int) int {
	mark("sum")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(viaMethod, viaExpr, total, order)
}
