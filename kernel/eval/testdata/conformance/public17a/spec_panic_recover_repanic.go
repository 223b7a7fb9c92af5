package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func protect(g func()) (err error) {
	defer func() {
		if x := recover(); x != nil {
			switch v := x.(type) {
			case error:
				err = v
			default:
				err = fmt.Errorf("panic: %v", v)
			}
		}
	}()
	g()
	return nil
}

func main() {
	fmt.Println(protect(func() { panic(&myErr{3}) }))
	fmt.Println(protect(func() { panic("str") }))
	fmt.Println(protect(func() { var a []int; _ = a[5] }))
	fmt.Println(protect(func() { var p *myErr; _ = p.code }))
	err := protect(func() { panic(fmt.Errorf("wrapped: %w", &myErr{9})) })
	var me *myErr
	fmt.Println(errors.As(err, &me), me.code)
	fmt.Println(protect(func() {
		defer func() { panic(fmt.Sprint("second after ", recover())) }()
		panic("first")
	}))
	fmt.Println(protect(func() { x := 0; fmt.Println(1 / x) }))
}
