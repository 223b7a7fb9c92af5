package main

import (
	"fmt"
	"strings"
)

type T struct{ name string }

func (t T) Hello()   { fmt.Println("hello from", t.name) }
func (t *T) PHello() { fmt.Println("phello from", t.name) }

func deferNilFunc() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	var fn func()
	defer fn()
	msg = "body ran"
	fmt.Println(msg)
	return
}

func deferNilIface() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	var s fmt.Stringer
	defer s.String()
	fmt.Println("not reached")
	return "end"
}

func deferRecvEval() {
	t := T{"first"}
	defer t.Hello()
	defer t.PHello()
	t.name = "second"
}

func deferArgsEval() {
	var sb strings.Builder
	for i := range 3 {
		defer fmt.Fprint(&sb, i)
	}
	defer func() { fmt.Println("built:", sb.String()) }()
}

func deferInLoopClosure() {
	for i := range 3 {
		defer func(n int) { fmt.Print("arg", n, "/cap", i, " ") }(i * 10)
	}
}

func main() {
	fmt.Println(deferNilFunc())
	fmt.Println(deferNilIface())
	deferRecvEval()
	deferArgsEval()
	deferInLoopClosure()
	fmt.Println()
	tp := &T{"ptr"}
	h := tp.Hello
	tp.name = "changed"
	h()
	ph := tp.PHello
	tp.name = "changed again"
	ph()
	var nt *T
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f := nt.Hello
		fmt.Println("method value made")
		f()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		g := nt.PHello
		fmt.Println("ptr method value made")
		g()
	}()
}
