package main

import (
	"fmt"
	"runtime"
)

// Appending to a slice already of the largest length (possible with
// elements of size zero) panics with Go's run-time error "growslice: len
// out of range" (the interpreter panicked with reflect's string
// "reflect.Value.Grow: slice overflow", not a runtime.Error).

type empty struct{}

const maxInt = int(^uint(0) >> 1)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println(name, ok, re)
	}()
	f()
}

func main() {
	s := make([]empty, maxInt)
	fmt.Println(len(s) == maxInt)
	try("one", func() { s = append(s, empty{}) })
	try("two", func() { s = append(s, empty{}, empty{}) })
	more := make([]empty, 3)
	try("spread", func() { s = append(s, more...) })
	fmt.Println(len(s) == maxInt)
}
