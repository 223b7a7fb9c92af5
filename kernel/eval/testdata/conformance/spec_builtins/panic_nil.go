package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		_, isNilErr := r.(*runtime.PanicNilError)
		fmt.Println(r, isNilErr)
	}()
	panic(nil)
}
