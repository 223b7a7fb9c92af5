package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
)

type PanicError struct {
	Value any
	Stack bool
}

func (p *PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

func SafeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- &PanicError{Value: r, Stack: len(debug.Stack()) > 0}
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	data := map[string][]int{"a": {1, 2}, "b": nil, "c": {3}}
	var mu sync.Mutex
	firsts := map[string]int{}
	for k, v := range data {
		SafeGo(&wg, errs, func() {
			x := v[0]
			mu.Lock()
			firsts[k] = x
			mu.Unlock()
		})
	}
	SafeGo(&wg, errs, func() { panic(errors.New("custom failure")) })
	SafeGo(&wg, errs, func() {
		var m map[string]int
		m["x"]++
	})
	wg.Wait()
	close(errs)
	var msgs []string
	for err := range errs {
		var pe *PanicError
		if errors.As(err, &pe) && pe.Stack {
			msgs = append(msgs, err.Error())
		}
	}
	sort.Strings(msgs)
	fmt.Println(strings.Join(msgs, "\n"))
	fmt.Println(firsts)
}
