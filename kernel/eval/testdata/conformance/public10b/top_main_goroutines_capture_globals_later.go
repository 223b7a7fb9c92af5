package main

import (
	"fmt"
	"sync"
)

var total int

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	scale := 10
	add := func(v int) {
		mu.Lock()
		total += v * scale
		mu.Unlock()
	}
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(i)
		}()
	}
	wg.Wait()
	fmt.Println("total", total)
	scale = 100
	ready := make(chan struct{})
	finished := make(chan int)
	go func() {
		<-ready
		add(1)
		finished <- total
	}()
	scale = 1000
	close(ready)
	fmt.Println("after late scale:", <-finished)
	counter := 0
	inc := func() int { counter++; return counter }
	res := make(chan int, 3)
	for range 3 {
		go func() { mu.Lock(); defer mu.Unlock(); res <- inc() }()
	}
	sum := 0
	for range 3 {
		sum += <-res
	}
	fmt.Println("sum of increments", sum, "counter", counter)
}
