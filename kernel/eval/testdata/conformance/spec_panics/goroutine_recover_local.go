package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, errs []string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			errs[id] = fmt.Sprint("worker ", id, ": ", r)
		}
	}()
	if id%2 == 1 {
		var s []int
		_ = s[id]
	}
	errs[id] = fmt.Sprint("worker ", id, ": ok")
}

func main() {
	var wg sync.WaitGroup
	errs := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go worker(i, &wg, errs)
	}
	wg.Wait()
	for _, e := range errs {
		fmt.Println(e)
	}
}
