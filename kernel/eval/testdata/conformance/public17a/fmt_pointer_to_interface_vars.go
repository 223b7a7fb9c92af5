package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func setErr(dst *error, msg string) {
	if msg != "" {
		*dst = errors.New(msg)
	}
}

func main() {
	var err error
	fmt.Printf("%T %v\n", &err, err)
	setErr(&err, "first")
	fmt.Printf("%T %v\n", &err, err)
	pe := &err
	fmt.Printf("%T %T %v\n", pe, &pe, *pe)
	var sh Shape = Sq(3)
	ps := &sh
	fmt.Printf("%T %v %T\n", ps, (*ps).Area(), *ps)
	var r io.Reader
	pr := &r
	fmt.Printf("%T %v\n", pr, *pr == nil)
	*pr = strings.NewReader("x")
	fmt.Printf("%T\n", r)
	var st fmt.Stringer
	fmt.Println(fmt.Sprintf("%T|%v", &st, st))
	ptrs := []*error{&err, nil}
	fmt.Printf("%T %v\n", ptrs, ptrs[1])
	m := map[string]*Shape{"a": ps}
	fmt.Printf("%T %v\n", m, (*m["a"]).Area())
}
