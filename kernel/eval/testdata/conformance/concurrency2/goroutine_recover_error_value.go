package main

import (
	"errors"
	"fmt"
	"runtime"
)

func run(f func()) (err error) {
	done := make(chan error)
	go func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				done <- e
				return
			}
			if r != nil {
				done <- fmt.Errorf("panic: %v", r)
				return
			}
			done <- nil
		}()
		f()
	}()
	return <-done
}

func main() {
	fmt.Println(run(func() {}))
	fmt.Println(run(func() { panic(errors.New("custom")) }))
	fmt.Println(run(func() { panic(7) }))
	err := run(func() {
		var p *struct{ x int }
		_ = p.x
	})
	var re runtime.Error
	fmt.Println(errors.As(err, &re), err)
	err = run(func() {
		x := 0
		_ = 10 / x
	})
	fmt.Println(err)
}
