package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{}

//go:noinline
func me() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

func plain() string     { return me() }
func (T) Value() string { return me() }
func (*T) Ptr() string  { return me() }

func main() {
	var t T
	fmt.Println(plain())
	fmt.Println(t.Value())
	fmt.Println(t.Ptr())
	fmt.Println(me())
	f := runtime.FuncForPC(0)
	fmt.Println(f == nil, f.Name() == "")
	pc, _, _, _ := runtime.Caller(0)
	fn := runtime.FuncForPC(pc)
	file, line := fn.FileLine(pc)
	fmt.Println(strings.HasSuffix(file, "main.go"), line, fn.Entry() != 0)
}
