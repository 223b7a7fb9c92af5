package main

import "fmt"

func safe(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
		}
	}()
	f()
	return "ok"
}

func main() {
	fmt.Println(safe(func() {
		defer func() { panic("second") }()
		panic("first")
	}))
	fmt.Println(safe(func() {
		defer func() {
			recover()
			panic("after recover")
		}()
		panic("first")
	}))
	fmt.Println(safe(func() {}))
	// A later panic with the first value follows nothing.
	panic("first")
}
