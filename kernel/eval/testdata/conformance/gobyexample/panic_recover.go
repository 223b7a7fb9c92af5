package main

import (
	"errors"
	"fmt"
)

func mayPanic() { panic("a problem") }

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	fmt.Println(safe(mayPanic))
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() {
		var a []int
		_ = a[3]
	}))
	fmt.Println(safe(func() { panic(errors.New("boom")) }))
	mayPanic()
	fmt.Println("After mayPanic()")
}
