package main

import (
	"errors"
	"fmt"
)

var x = "package"

func f() (x int, err error) {
	x = 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
	}
	{
		x := "block"
		_ = x
	}
	if _, err := fmt.Sscan("zz", &x); err != nil {
		fmt.Println("shadowed err set:", err != nil)
	}
	return x, err
}

func g() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("g: %w", err)
		}
	}()
	err = errors.New("base")
	return
}

func main() {
	fmt.Println(x)
	x := 3
	fmt.Println(x)
	fmt.Println(f())
	fmt.Println(g())
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	{
		fmt := "shadowed fmt"
		_ = fmt
	}
	type int = string
	var s int = "now a string"
	fmt.Println(s)
}
