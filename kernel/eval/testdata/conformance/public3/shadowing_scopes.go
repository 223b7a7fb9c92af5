package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func get() (int, error) { return 0, errors.New("boom") }

func namedResult() (n int, err error) {
	n, err = 1, nil
	if true {
		n, err := get()
		_ = n
		_ = err
	}
	return
}

func deferModify() (s string) {
	defer func() { s += " (modified)" }()
	s = "original"
	return s
}

func deferReturnValue() (n int) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
		}
	}()
	n = 10
	panic("x")
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	for x := range 2 {
		fmt.Println("for x", x)
	}
	fmt.Println(x)
	fmt.Println(namedResult())
	fmt.Println(deferModify())
	fmt.Println(deferReturnValue())
	n, err := strconv.Atoi("12")
	if err == nil {
		n, err := strconv.Atoi("bad")
		fmt.Println("inner", n, err != nil)
	}
	fmt.Println("outer", n, err)
	switch x := 3; {
	case x > 2:
		x := "shadow in case"
		fmt.Println(x)
	}
	func() {
		x = "changed by closure"
	}()
	fmt.Println(x)
	type x2 = int
	var len = 3
	fmt.Println(len, x2(4))
	var err2 error
	if _, err2 = strconv.Atoi("z"); err2 != nil {
		fmt.Println("err2 set:", err2 != nil)
	}
	fmt.Println(err2 != nil)
	a, b := 1, 2
	a, b = b, a
	b, c := 10, 20
	fmt.Println(a, b, c)
}
