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
	n = -1
	err = errors.New("bad " + s)
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1.5; x > 1 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	fmt.Println(parse("21"))
	fmt.Println(parse("z"))
	err := errors.New("outer")
	if true {
		_, err := strconv.Atoi("q")
		_ = err
	}
	fmt.Println(err)
	var e2 error
	for _, s := range []string{"1", "x", "3"} {
		v, err := strconv.Atoi(s)
		if err != nil {
			e2 = err
			continue
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(e2)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int = string
	var i int = "str"
	fmt.Println(i)
}
