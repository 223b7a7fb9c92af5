package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func order() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	s = "start:"
	return s
}

func nested() {
	defer fmt.Println("outer deferred")
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-panic: ", r))
		}()
		panic("first")
	}()
}

type myErr struct{}

func (myErr) Error() string { return "myErr" }

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(order())
	func() {
		defer func() { fmt.Println("main recovered:", recover()) }()
		nested()
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err, errors.Is(err, myErr{}))
		}()
		panic(myErr{})
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(fmt.Errorf("wrapped %w", myErr{}))
	}()
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("recover outside panic:", recover())
	fmt.Println("end x =", x)
}
