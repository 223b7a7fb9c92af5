package main

import (
	"fmt"
	"runtime"
)

// make with a length, capacity or buffer size that cannot be allocated
// panics with a runtime error: "makeslice: len out of range", "makeslice:
// cap out of range", "makechan: size out of range" (the interpreter
// panicked with reflect's message, a string, or allocated).

func try(what string, f func()) {
	defer func() {
		r := recover()
		err, isRuntime := r.(runtime.Error)
		fmt.Println(what, isRuntime, err)
	}()
	f()
}

func main() {
	huge := 1 << 62
	neg := -3
	var u64 uint64 = 1 << 63
	try("slice len", func() { _ = make([]int64, huge) })
	try("slice neg", func() { _ = make([]byte, neg) })
	try("slice cap", func() { _ = make([]int64, 10, huge) })
	try("slice len>cap", func() { _ = make([]int, 5, 2+neg+4) })
	try("slice u64", func() { _ = make([]byte, u64) })
	try("chan size", func() { _ = make(chan int64, huge) })
	try("chan neg", func() { _ = make(chan string, neg) })
	s := make([]struct{}, huge)
	fmt.Println(len(s))
}
