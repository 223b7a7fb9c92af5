package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type PanicError struct {
	Value any
}

func (p PanicError) Error() string { return fmt.Sprintf("panic: %v", p.Value) }

func safeGo(wg *sync.WaitGroup, errs chan<- error, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- PanicError{r}
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	data := []int{1, 2, 0, 4}
	results := make([]int, len(data))
	for i, d := range data {
		safeGo(&wg, errs, func() {
			results[i] = 100 / d
		})
	}
	safeGo(&wg, errs, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, errs, func() { panic(errors.New("custom")) })
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		var pe PanicError
		if errors.As(e, &pe) {
			msgs = append(msgs, fmt.Sprint(pe.Value))
		}
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println(results)
}
