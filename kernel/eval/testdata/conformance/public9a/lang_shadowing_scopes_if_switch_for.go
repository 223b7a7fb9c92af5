package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func get(k string) (int, error) {
	if k == "" {
		return 0, errors.New("empty key")
	}
	return len(k), nil
}

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	err := errors.New("outer")
	if n, err := get("abc"); err == nil {
		fmt.Println("n", n, err)
	}
	fmt.Println(err)
	var n int
	if n, err = get(""); err != nil {
		fmt.Println("assigned", n, err)
	}
	fmt.Println(err)
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		x := "two"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	v, err := strconv.Atoi("12")
	w, err := strconv.Atoi("x")
	fmt.Println(v, w, err != nil)
	func() {
		x := []int{1}
		x = append(x, 2)
		fmt.Println(x)
	}()
	fmt.Println(x)
	type x2 = int
	var y x2 = 3
	fmt.Println(y)
	fmt := "shadowed fmt"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(s, x) }
