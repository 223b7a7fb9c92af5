package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Stringer fmt.Stringer
type Reader io.Reader
type Any = any
type Payload interface{}
type Errorish error

type name string

func (n name) String() string { return "name:" + string(n) }

type HandlerFunc func(string) string
type Middleware func(HandlerFunc) HandlerFunc

func (h HandlerFunc) Call(s string) string { return h(s) }

func describe(v Payload) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case HandlerFunc:
		return "handler " + x("in")
	case func(string) string:
		return "plain func " + x("in")
	default:
		return fmt.Sprintf("%T %v", x, x)
	}
}

func main() {
	var s Stringer = name("ann")
	fmt.Println(s.String(), fmt.Sprint(s))
	var r Reader = strings.NewReader("hello")
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	var e Errorish = errors.New("bad")
	fmt.Println(e, errors.Is(e, e))
	var a Any = 3
	var p Payload = a
	fmt.Printf("%T %v %T\n", p, p, a)

	up := HandlerFunc(strings.ToUpper)
	var exclaim Middleware = func(next HandlerFunc) HandlerFunc {
		return func(s string) string { return next(s) + "!" }
	}
	h := exclaim(up)
	fmt.Println(h.Call("hi"), h("yo"))
	plain := func(s string) string { return "<" + s + ">" }
	for _, v := range []Payload{nil, name("x"), e, h, 4.5, []Payload{1}} {
		fmt.Println(describe(v))
	}
	conv := HandlerFunc(plain)
	back := (func(string) string)(conv)
	fmt.Println(conv.Call("c"), back("d"))
	var st fmt.Stringer = s
	fmt.Println(st.String())
}
