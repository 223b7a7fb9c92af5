package main

import "fmt"

var lock, unlock int

func Lock()   { lock++ }
func Unlock() { unlock++ }

func f() (result int) {
	defer func() {
		// result is accessed after it was set to 6 by the return statement
		result *= 7
	}()
	return 6
}

func g() {
	Lock()
	defer Unlock()
	for i := 0; i <= 3; i++ {
		defer fmt.Print(i)
	}
}

func main() {
	g()
	fmt.Println()
	fmt.Println(lock, unlock, f())
	var nilf func()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer nilf() // panics when the deferred call runs, not at the defer
		fmt.Println("defer of a nil func registered")
	}()
}
