package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	var x any = "hello"
	try("string to int", func() { _ = x.(int) })
	var sh Shape = Square{2}
	try("concrete", func() { _ = sh.(*Square) })
	try("missing method", func() { _ = x.(io.Reader) })
	var nilAny any
	try("nil any", func() { _ = nilAny.(string) })
	try("nil iface to iface", func() { var s Shape; _ = s.(fmt.Stringer) })
	try("struct", func() { var y any = Circle{}; _ = y.(Square) })
	try("ok", func() { fmt.Println(x.(string)) })
}
