package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func depth() []string {
	var names []string
	for i := 0; ; i++ {
		pc, _, _, ok := runtime.Caller(i)
		if !ok {
			break
		}
		names = append(names, runtime.FuncForPC(pc).Name())
	}
	return names
}

//go:noinline
func a() []string { return depth() }

func main() {
	fmt.Println(a())
	fmt.Println(len(depth()))
}
