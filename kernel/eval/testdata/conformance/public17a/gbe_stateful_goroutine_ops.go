package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	quit := make(chan struct{})
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case <-quit:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				write := writeOp{key: i % 5, val: w, resp: make(chan bool)}
				writes <- write
				<-write.resp
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for k := 0; k < 5; k++ {
		r := readOp{key: k, resp: make(chan int)}
		reads <- r
		v := <-r.resp
		fmt.Println("key", k, "=", v)
		total += v
	}
	close(quit)
	fmt.Println("total", total)
}
