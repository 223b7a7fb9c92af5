package main

import (
	"fmt"
	"runtime"
)

// gc numbers a package's init funcs: main.init.0, main.init.1, and their
// func literals main.init.0.func1.

func name(skip int) string {
	pc, _, _, _ := runtime.Caller(skip + 1)
	return runtime.FuncForPC(pc).Name()
}

var order []string

func init() {
	order = append(order, name(0))
	func() { order = append(order, name(0)) }()
}

type T struct{}

func (T) M() string {
	f := func() string { return name(0) }
	return f()
}

func init() {
	order = append(order, name(0), T{}.M())
}

func main() {
	for _, o := range order {
		fmt.Println(o)
	}
	fmt.Println(name(0))
	mv := T{}.M
	fmt.Println(mv())
}
