package main

import (
	"fmt"
	"runtime"
)

func main() {
	caller := runtime.Caller
	_, _, line, ok := caller(0)
	fmt.Println(line, ok)
}
