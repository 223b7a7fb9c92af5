package main

import (
	"fmt"
	"runtime"
)

// gc numbers the func literals of package-level variables in the order the
// variables are initialized: p depends on q, declared after it, so q's
// literal is main.init.func1 and p's main.init.func2.
func caller() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

var p = func() string { return caller() + " | " + q() }()

var q = func() string { return caller() }

var r = func() string { return caller() }

func main() {
	fmt.Println(p)
	fmt.Println(q(), r())
}
