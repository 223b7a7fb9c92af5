package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNeg = errors.New("negative")

func parseAll(ss []string) (total int, err error) {
	for _, s := range ss {
		n, err := strconv.Atoi(s) // shadows the result
		if err != nil {
			return total, fmt.Errorf("parse %q: %w", s, err)
		}
		if n < 0 {
			err = ErrNeg // assigns the shadow only
			_ = err
			continue
		}
		total += n
	}
	return total, err
}

func lookup(m map[string]int, k string) (v int, ok bool) {
	if v, ok := m[k]; ok {
		return v * 10, ok
	}
	return v, ok
}

var x = "package"

func main() {
	fmt.Println(parseAll([]string{"1", "-5", "2"}))
	fmt.Println(parseAll([]string{"1", "z"}))
	fmt.Println(lookup(map[string]int{"a": 2}, "a"))
	fmt.Println(lookup(map[string]int{"a": 2}, "b"))
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
		if x := 3; x > 2 {
			fmt.Println(x)
		} else if y := x * 2; y > 0 {
			fmt.Println(y)
		} else {
			fmt.Println(x, y)
		}
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println()
	err := errors.New("outer")
	if true {
		err := errors.New("inner")
		_ = err
	}
	fmt.Println(err)
	n, err := strconv.Atoi("42")
	fmt.Println(n, err)
	n2, err := strconv.Atoi("x")
	fmt.Println(n2, err != nil)
	type T struct{ v int }
	t := T{1}
	func() {
		t := T{2}
		t.v++
		fmt.Println(t.v)
	}()
	fmt.Println(t.v)
	fmt := "shadowing a package name"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(len(s)) }
