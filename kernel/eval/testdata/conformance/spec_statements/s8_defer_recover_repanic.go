package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer recovered ", recover())
	}()
	inner()
	return "not reached"
}

func main() {
	fmt.Println(outer())
	fmt.Println(recover())
	func() {
		defer func() { fmt.Println("nil recover in nested:", recover()) }()
	}()
}
