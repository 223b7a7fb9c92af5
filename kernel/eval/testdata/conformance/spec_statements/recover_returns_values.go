package main

import (
	"errors"
	"fmt"
)

var ErrDiv = errors.New("division by zero")

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("%w (%v)", ErrDiv, e)
			}
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Errorf("negative: %d", n))
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err, errors.Is(err, ErrDiv))
	fmt.Println(try(func() { mustPositive(-3) }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { var a []int; _ = a[3] }))
}
