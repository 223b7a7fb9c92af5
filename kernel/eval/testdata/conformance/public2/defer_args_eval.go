package main

import (
	"errors"
	"fmt"
)

func trace(s string) string {
	fmt.Println("entering:", s)
	return s
}

func un(s string) {
	fmt.Println("leaving:", s)
}

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func cleanup() (err error) {
	defer func() {
		if cerr := errors.New("close failed"); err == nil {
			err = cerr
		}
	}()
	return nil
}

func main() {
	b()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	fmt.Println(counter(), cleanup())
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		defer fmt.Println("runs before recover")
		panic("boom")
	}()
	fmt.Println("x =", x)
}
