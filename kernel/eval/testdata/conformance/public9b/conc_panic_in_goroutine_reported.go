package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type PanicError struct {
	Task  string
	Value any
}

func (p *PanicError) Error() string { return fmt.Sprintf("task %s panicked: %v", p.Task, p.Value) }

func safeGo(wg *sync.WaitGroup, name string, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				if re, ok := r.(runtime.Error); ok {
					errs <- &PanicError{name, "runtime: " + re.Error()}
					return
				}
				errs <- &PanicError{name, r}
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	safeGo(&wg, "index", errs, func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	safeGo(&wg, "nilmap", errs, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, "custom", errs, func() { panic(fmt.Sprintf("bad value %d", 42)) })
	safeGo(&wg, "error", errs, func() { panic(errors.New("boom")) })
	safeGo(&wg, "fine", errs, func() {})
	safeGo(&wg, "div", errs, func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	safeGo(&wg, "assert", errs, func() {
		var x any = "str"
		_ = x.(int)
	})
	wg.Wait()
	close(errs)
	var lines []string
	for e := range errs {
		var pe *PanicError
		if errors.As(e, &pe) {
			lines = append(lines, fmt.Sprintf("%s | %T", e, pe.Value))
		}
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
}
