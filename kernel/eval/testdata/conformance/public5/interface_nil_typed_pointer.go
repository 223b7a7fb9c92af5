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

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (s *Sq) Area() float64 {
	if s == nil {
		return -1
	}
	return s.s * s.s
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil, err)
	fmt.Printf("%T %v\n", err, err)
	err2 := mayFailCorrect(false)
	fmt.Println(err2 == nil, err2)
	var me *MyErr
	as := errors.As(mayFail(true), &me)
	fmt.Println(as, me.msg)
	var sh Shape
	fmt.Println(sh == nil)
	var sq *Sq
	sh = sq
	fmt.Println(sh == nil, sh.Area(), sh.(*Sq) == nil)
	var i1, i2 any
	fmt.Println(i1 == i2, i1 == nil)
	i1 = (*int)(nil)
	fmt.Println(i1 == nil, i1 == (*int)(nil), i1 == i2)
	i2 = (*string)(nil)
	fmt.Println(i1 == i2)
	var e1 error = (*MyErr)(nil)
	var e2 error = (*MyErr)(nil)
	fmt.Println(e1 == e2, e1.Error())
	vals := []any{nil, (*Sq)(nil), Shape(nil), error(nil), 0, ""}
	for i, v := range vals {
		fmt.Printf("%d: %v %T nil=%v\n", i, v, v, v == nil)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s Shape
		s.Area()
	}()
}
