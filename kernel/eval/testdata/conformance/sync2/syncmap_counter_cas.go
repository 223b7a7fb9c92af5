package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	words := []string{"go", "chan", "go", "select", "go", "chan"}
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old, loaded := m.LoadOrStore(w, 1)
				if !loaded {
					return
				}
				if m.CompareAndSwap(w, old, old.(int)+1) {
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, w := range []string{"chan", "go", "select"} {
		v, _ := m.Load(w)
		fmt.Println(w, v)
	}
}
