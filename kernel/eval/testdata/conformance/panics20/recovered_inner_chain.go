package main

import "fmt"

func g() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer func() { panic("inner") }()
	panic("outer")
}

func main() {
	fmt.Println(g())
	fmt.Println(g())
	func() {
		defer func() { fmt.Println("then:", recover()) }()
		defer func() { panic("b") }()
		panic("a")
	}()
	panic("a")
}
