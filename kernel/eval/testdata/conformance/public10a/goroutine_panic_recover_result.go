package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, id int, results []string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				results[id] = fmt.Sprint("worker ", id, " recovered: ", r)
			}
		}()
		f()
		results[id] = fmt.Sprint("worker ", id, " ok")
	}()
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		safeGo(&wg, i, results, func() {
			if i%2 == 1 {
				var m map[string]int
				m["x"] = i
			}
			if i == 2 {
				panic(fmt.Errorf("error %d", i))
			}
		})
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
