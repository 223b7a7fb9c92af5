package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func bad(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{"failed"}
	}
	return e // non-nil interface even when e is nil
}

func good(fail bool) error {
	if fail {
		return &MyErr{"failed"}
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

func main() {
	e1 := bad(false)
	e2 := good(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%v %T | %v %T\n", e1, e1, e2, e2)
	var target *MyErr
	fmt.Println(errors.As(e1, &target), target == nil)
	var sh Shape
	fmt.Println(sh == nil)
	var q *Sq
	sh = q
	fmt.Println(sh == nil, sh.Area())
	if v, ok := sh.(*Sq); ok {
		fmt.Println("holds *Sq, nil:", v == nil)
	}
	var i any = (*int)(nil)
	fmt.Println(i == nil, i == (*int)(nil))
	shapes := []Shape{&Sq{2}, nil, q}
	for i, s := range shapes {
		if s == nil {
			fmt.Println(i, "nil interface")
			continue
		}
		fmt.Println(i, s.Area())
	}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	shapes[1].Area()
}
