package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		var pe *runtime.PanicNilError
		err, isErr := r.(error)
		fmt.Println(isErr, errors.As(err, &pe), r)
	}()
	panic(nil)
}
