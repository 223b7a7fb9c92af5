package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if s == "" {
		err := errors.New("empty")
		return 0, err
	}
	n, err = strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return
}

func shadowNamed() (r int) {
	defer func() { r *= 2 }()
	r = 1
	{
		r := 10
		r++
		_ = r
	}
	return r + 1
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 1
		x++
		fmt.Println(x)
	}
	if x := 3.5; x > 3 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("elseif", y)
	} else {
		fmt.Println("else", x, y)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	switch x := 5; {
	case x > 3:
		x := "inner"
		fmt.Println(x)
	}
	n, err := parse("")
	fmt.Println(n, err)
	n, err = parse("12x")
	fmt.Println(n, err, errors.Is(err, strconv.ErrSyntax))
	fmt.Println(shadowNamed())
	var err2 error
	if true {
		_, err2 := strconv.Atoi("bad")
		_ = err2
	}
	fmt.Println(err2 == nil)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int = string
	var i int = "typed"
	fmt.Println(i)
	true := false
	fmt.Println(true)
	nil := 0
	fmt.Println(nil)
	fmt := "shadowed fmt"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(s) }
