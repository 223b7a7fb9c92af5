package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// a, b := x, y and a, b := f() with a, of an interface type, declared
// before in the same block: Go assigns a value of a type implementing it
// to a (which keeps its interface type: a = other later is legal), and a
// constant to a variable of a number type converts it.

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mk() (Sq, error)                  { return Sq{3}, nil }
func mkErr() (int, *MyErr)             { return 1, &MyErr{"bad"} }
func builder() (*strings.Builder, int) { return &strings.Builder{}, 1 }

func inFunc() {
	var w io.Writer = &bytes.Buffer{}
	w, n := builder()
	w = &bytes.Buffer{}
	fmt.Printf("func: %T %d\n", w, n)
}

func main() {
	inFunc()
	var sh Shape = &Circle{1}
	area := func() float64 { return sh.Area() }
	sh, err := mk()
	fmt.Println(area(), sh.Area(), err)
	sh = &Circle{2}
	fmt.Printf("%T %v\n", sh, sh.Area())

	var e error
	n, e := mkErr()
	var me *MyErr
	fmt.Println(n, e, errors.As(e, &me), me.msg)

	var r io.Reader = strings.NewReader("a")
	r, k := strings.NewReader("bb"), 2
	r = bytes.NewReader([]byte("ccc"))
	b, _ := io.ReadAll(r)
	fmt.Println(string(b), k)

	f := 1.5
	f, s := 2, "two"
	fmt.Printf("%T %v %s\n", f, f, s)
}
