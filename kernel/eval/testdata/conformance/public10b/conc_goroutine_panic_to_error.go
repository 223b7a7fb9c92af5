package main

import (
	"errors"
	"fmt"
	"sync"
)

type PanicError struct {
	Task  int
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("task %d panicked: %v", e.Task, e.Value) }

func safeGo(wg *sync.WaitGroup, task int, errs []error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs[task] = &PanicError{task, r}
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make([]error, 5)
	data := []int{1, 2, 3}
	var m map[string]int
	safeGo(&wg, 0, errs, func() { _ = data[1] })
	safeGo(&wg, 1, errs, func() { i := 5; _ = data[i] })
	safeGo(&wg, 2, errs, func() { m["x"] = 1 })
	safeGo(&wg, 3, errs, func() { panic(errors.New("custom failure")) })
	safeGo(&wg, 4, errs, func() { var p *PanicError; _ = p.Task })
	wg.Wait()
	for i, e := range errs {
		fmt.Printf("%d: %v\n", i, e)
		var pe *PanicError
		if errors.As(e, &pe) {
			if re, ok := pe.Value.(interface{ RuntimeError() }); ok {
				_ = re
				fmt.Println("   runtime error")
			} else if err, ok := pe.Value.(error); ok {
				fmt.Println("   error value:", err)
			}
		}
	}
}
