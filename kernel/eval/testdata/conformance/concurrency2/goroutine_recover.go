package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs []string, i int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs[i] = fmt.Sprint("recovered: ", r)
			}
		}()
		f()
		errs[i] = "ok"
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make([]string, 4)
	safeGo(&wg, errs, 0, func() {})
	safeGo(&wg, errs, 1, func() { panic("boom") })
	safeGo(&wg, errs, 2, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, errs, 3, func() {
		a := []int{1}
		i := 5
		_ = a[i]
	})
	wg.Wait()
	for i, e := range errs {
		fmt.Println(i, e)
	}
}
