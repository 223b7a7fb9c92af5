package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprintf("code %d", e.Code)
}

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{500}
	}
	return e
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{500}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 {
	if q == nil {
		return 0
	}
	return q.s * q.s
}

func find(name string) *Sq {
	if name == "big" {
		return &Sq{10}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = mayFailFixed(false)
	fmt.Println(err == nil, err)
	err = mayFail(true)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code)

	var s Shape = find("small")
	fmt.Println(s == nil, s.Area())
	s = find("big")
	fmt.Println(s == nil, s.Area())
	var s2 Shape
	fmt.Println(s2 == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(s2.Area())
	}()

	var r io.Reader
	var f *os.File
	fmt.Println(r == nil, f == nil)
	r = f
	fmt.Println(r == nil, r != nil)
	_, isFile := r.(*os.File)
	fmt.Println(isFile)

	var a, b interface{}
	fmt.Println(a == b)
	a = (*int)(nil)
	fmt.Println(a == nil, a == (*int)(nil), a == b)
	b = (*string)(nil)
	fmt.Println(a == b)
	var x interface{} = 0
	var y interface{} = int64(0)
	fmt.Println(x == y, x == 0, y == int64(0))
	var e1 error = &MyErr{1}
	var e2 error = &MyErr{1}
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	v1 := errors.New("x")
	v2 := errors.New("x")
	fmt.Println(v1 == v2, errors.Is(v1, v2))
	type valErr struct{ msg string }
	var i1 interface{} = valErr{"m"}
	var i2 interface{} = valErr{"m"}
	fmt.Println(i1 == i2)
	isNil := func(i interface{}) bool { return i == nil }
	fmt.Println(isNil(nil), isNil((*MyErr)(nil)), isNil([]int(nil)), isNil(map[int]int(nil)))
	var fn func()
	var ifn interface{} = fn
	fmt.Println(fn == nil, ifn == nil, ifn != nil)
}
