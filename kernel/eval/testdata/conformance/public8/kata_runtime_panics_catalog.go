package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}
type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }

type Named interface{ Name() string }
type Animal struct{ Named }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			var re interface{ RuntimeError() }
			fmt.Printf("%-10s %v (runtime=%v)\n", name, e, errors.As(e, &re))
			return
		}
		fmt.Printf("%-10s %v\n", name, r)
	}()
	f()
}

func main() {
	var x any = Sq{2}
	try("assert", func() { _ = x.(Shape) })
	try("assert2", func() { _ = x.(fmt.Stringer) })
	try("assert3", func() { var s any = "str"; _ = s.(int) })
	try("nilembed", func() { a := Animal{}; _ = a.Name() })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("nilmap", func() { var m map[string]int; m["a"] = 1 })
	try("div", func() { a, b := 1, 0; _ = a / b })
	try("makeslice", func() { n := -1; _ = make([]int, n) })
	try("arrptr", func() { s := []int{1, 2}; _ = (*[3]int)(s) })
	try("slice", func() { s := []int{1, 2, 3}; i, j := 2, 1; _ = s[i:j] })
	try("nilfunc", func() { var f func(); f() })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	try("nilptr", func() { var p *Sq; _ = p.Area() })
	var sh Shape
	try("niliface", func() { _ = sh.Area() })
	try("sendclosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("negshift", func() { n := -1; _ = 1 << n })
}
