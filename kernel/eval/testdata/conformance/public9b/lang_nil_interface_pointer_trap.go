package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "<silent nil dog>"
	}
	return d.name + " woofs"
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = correct(false)
	fmt.Println(err == nil, err)
	var d *Dog
	var a Animal = d
	fmt.Println(a == nil, a.Sound(), d.Sound())
	a = nil
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(a.Sound())
	}()
	var me *MyErr
	fmt.Println(errors.As(mayFail(true), &me), me.msg)
	var e2 error = (*MyErr)(nil)
	fmt.Println(errors.Is(e2, nil), e2 != nil)
	var x any = (*int)(nil)
	var y any
	fmt.Println(x == nil, y == nil, x == (*int)(nil))
	ifaces := []any{nil, (*Dog)(nil), Animal(nil), error(nil), []int(nil), map[string]int(nil)}
	for i, v := range ifaces {
		fmt.Printf("%d %T %v %v\n", i, v, v == nil, v)
	}
	var m map[string]int
	fmt.Println(m["x"], len(m))
	var s []int
	fmt.Println(s == nil, len(s), s[:0] == nil, append(s, 1))
	var ch chan int
	select {
	case ch <- 1:
	default:
		fmt.Println("nil chan send not ready")
	}
	var fn func()
	fmt.Println(fn == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fn()
	}()
}
