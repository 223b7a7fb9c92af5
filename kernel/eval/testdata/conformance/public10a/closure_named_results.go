package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrap: %w", err)
		}
	}()
	return errors.New("inner")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (next func() int, reset func()) {
	n := 0
	next = func() int { n++; return n }
	reset = func() { n = 0 }
	return
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(wrap())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	nx, rs := counter()
	nx()
	nx()
	fmt.Println(nx())
	rs()
	fmt.Println(nx(), shadow())
}
