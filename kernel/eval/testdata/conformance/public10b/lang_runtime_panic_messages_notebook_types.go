package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Named interface {
	Shape
	Name() string
}
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func try(f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println("error:", e)
			var re interface{ RuntimeError() }
			fmt.Println("  runtime:", errors.As(e, &re))
			return
		}
		fmt.Println("value:", r)
	}()
	f()
}

func main() {
	var s Shape = Sq{2}
	var a any = s
	try(func() { _ = s.(*Circle) })
	try(func() { _ = a.(Named) })
	try(func() { _ = a.(int) })
	try(func() { var n Shape; _ = n.(Sq) })
	try(func() { _ = a.(fmt.Stringer) })
	try(func() { var e error = MyErr{3}; _ = e.(interface{ Unwrap() error }) })
	try(func() { panic(MyErr{7}) })
	try(func() { panic(fmt.Sprintf("%v", Sq{1})) })
	try(func() { var c *Circle; s = c; s.Area() })
	try(func() { x := []Shape{Sq{1}}; i := 3; _ = x[i] })
	try(func() { var m map[Sq]int; m[Sq{1}] = 1 })
	try(func() { a := []int{1, 2, 3}; i, j := 2, 1; _ = a[i:j] })
	try(func() { ch := make(chan Sq); close(ch); close(ch) })
	try(func() { z := 0; _ = 10 / z })
	try(func() { var arr [3]Sq; k := -1 + len(arr)*2; _ = arr[k%5] })
	try(func() { var f func(); f() })
	try(func() { s := make([]int, 2, 4); _ = s[:5] })
	try(func() { var p *[2]int; _ = p[1] })
	try(func() { _ = [](*Circle){}[0] })
	try(func() { v := any(Sq{1}); _ = v.(error) })
	panic(MyErr{42})
}
