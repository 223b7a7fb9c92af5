package main

import (
	"errors"
	"fmt"
)

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
	}
}

func level3() {
	defer fmt.Println("level3 deferred")
	panic(errors.New("deep failure"))
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("level2 rethrow: %v", r))
		}
	}()
	level3()
}

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("level1 caught: ", r)
		}
	}()
	level2()
	return "unreachable"
}

func main() {
	fmt.Println(level1())
	func() {
		defer cleanup("direct")
		panic("x")
	}()
	func() {
		defer func() { cleanup("nested") }()
		panic("y")
	}()
	fmt.Println("end")
}
