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
	}
	if s == "" {
		err = errors.New("empty")
		return
	}
	n = -1
	return n, fmt.Errorf("bad %q", s)
}

func main() {
	fmt.Println("start:", x)
	x := "main"
	func() {
		fmt.Println("closure sees", x)
		x := len(x)
		x *= 3
		fmt.Println("closure shadow", x)
	}()
	fmt.Println("after closure:", x)
	if n, x := 42, 'r'; n > 40 {
		fmt.Println("if", n, string(x))
	} else if y := n * 2; y > 0 {
		fmt.Println("else", y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch", x)
	}
	fmt.Println(parse("21"))
	fmt.Println(parse(""))
	fmt.Println(parse("z"))

	var err error
	val, err := strconv.Atoi("7")
	fmt.Println(val, err)
	if true {
		val, err := strconv.Atoi("nope")
		_ = val
		fmt.Println("inner err set:", err != nil)
	}
	fmt.Println("outer err still nil:", err == nil)

	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	type int = string
	var s int = "alias shadows int"
	fmt.Println(s)
	fmt := "fmt shadowed"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(s) }
