package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func name(skip int) string {
	pc, _, _, _ := runtime.Caller(skip + 1)
	return runtime.FuncForPC(pc).Name()
}

func run(f func() string) string { return f() }

func main() {
	fmt.Println(name(0))
	fmt.Println(run(func() string { return name(0) }))
	fmt.Println(run(func() string { return name(1) }))
}
