package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var i interface{} = "hello"
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	try(func() { _ = i.(int) })
	try(func() { _ = i.(fmt.Stringer) })
	var sh Shape = Sq{2}
	try(func() { _ = sh.(*Sq) })
	var empty interface{}
	try(func() { _ = empty.(int) })
	try(func() { _ = empty.(Shape) })
	var r io.Reader = strings.NewReader("x")
	_, isWriter := r.(io.Writer)
	fmt.Println(isWriter)
	try(func() { _ = r.(io.Writer) })
	try(func() { _ = i.([]int) })
}
