package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	} else if n < 0 {
		return 0, errors.New("negative")
	}
	return n, fmt.Errorf("bad %q", s)
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	fmt.Println(parse("21"))
	fmt.Println(parse("abc"))
	err := errors.New("outer")
	if true {
		_, err := strconv.Atoi("zz")
		_ = err
	}
	fmt.Println(err)
	var n int
	if v, err := strconv.Atoi("7"); err == nil {
		n = v
	}
	fmt.Println(n)
	switch y := 3; y {
	case 3:
		y := "three"
		fmt.Println(y)
	}
	f := func() string { return x }
	x = "reassigned"
	fmt.Println(f())
	type x2 = int
	var len = func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	nil := 5
	fmt.Println(nil + 1)
	var print = fmt.Sprintf
	fmt.Println(print("%03d", 7))
	{
		fmt := "shadowed fmt"
		_ = fmt
	}
	fmt.Println(x2(3))
	a, b := 1, 2
	{
		a, c := 10, 30
		b = a + c
	}
	fmt.Println(a, b)
}
