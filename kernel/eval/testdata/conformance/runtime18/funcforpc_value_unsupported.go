package main

import (
	"fmt"
	"reflect"
	"runtime"
)

func handler() {}

// FuncForPC of a func value's code pointer names the func in Go
// (main.handler); a cell cannot tell which func it is and fails.
func main() {
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(handler).Pointer()).Name())
}
