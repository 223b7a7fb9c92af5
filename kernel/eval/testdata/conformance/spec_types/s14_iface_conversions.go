package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type NamedShape interface {
	Shape
	Named
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string  { return "square" }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	var ns NamedShape = Sq{2}
	s := Shape(ns)
	n := Named(ns)
	fmt.Println(s.Area(), n.Name())
	back, ok := s.(NamedShape)
	fmt.Println(ok, back.Name())
	var c Shape = &Circle{1}
	_, ok = c.(Named)
	fmt.Println("circle named:", ok)
	_, ok = c.(*Circle)
	fmt.Println("*Circle:", ok)
	_, ok = c.(Sq)
	fmt.Println("Sq:", ok)
	var r io.Reader = strings.NewReader("x")
	_, ok = r.(io.ByteScanner)
	fmt.Println("ByteScanner:", ok)
	_, ok = r.(io.WriterTo)
	fmt.Println("WriterTo:", ok)
	_, ok = r.(io.ReaderFrom)
	fmt.Println("ReaderFrom:", ok)
	var e error = errors.New("x")
	_, ok = e.(interface{ Unwrap() error })
	fmt.Println("unwrap:", ok)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = c.(Named)
}
