package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func names(skip int) []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(skip, pcs)
	var out []string
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		out = append(out, f.Function)
		if !more {
			break
		}
	}
	return out
}

func main() {
	fmt.Println(names(0))
	fmt.Println(names(1))
	fmt.Println(names(2))
	small := make([]uintptr, 2)
	fmt.Println(runtime.Callers(1, small))
}
