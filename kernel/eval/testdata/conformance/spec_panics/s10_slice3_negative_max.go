package main

import (
	"fmt"
	"runtime"
)

// A 3-index slice expression with a negative max (a variable) panics with
// the runtime error "slice bounds out of range [::-1]" (the interpreter
// took a negative max for an absent one, then panicked with reflect's own
// message, which is no runtime.Error).

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, isRuntime, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [4]string{"a", "b", "c", "d"}
	lo, hi, neg := 1, 2, -1
	try("s[lo:hi:neg]", func() { _ = s[lo:hi:neg] })
	try("s[:hi:neg]", func() { _ = s[:hi:neg] })
	try("arr[lo:hi:neg]", func() { _ = arr[lo:hi:neg] })
	try("arr[lo:neg:3]", func() { _ = arr[lo:neg:3] })
	try("arr[neg:hi:3]", func() { _ = arr[neg:hi:3] })
	try("s[lo:hi:5]", func() { _ = s[lo:hi:5] })
	try("s[lo:hi:hi]", func() { fmt.Println(len(s[lo:hi:hi]), cap(s[lo:hi:hi])) })
}
