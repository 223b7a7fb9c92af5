package main

import (
	"fmt"
	"runtime"
)

// runtime.MemProfileRate is a variable of package runtime, which a program
// may assign (the interpreter took it for a constant: "cannot assign to
// 524288 (int constant)"), and whose value is read when the code runs.

func lower() {
	runtime.MemProfileRate = 1024
	runtime.MemProfileRate *= 2
}

func main() {
	lower()
	fmt.Println(runtime.MemProfileRate)
	var old int = runtime.MemProfileRate
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate, old)
}
