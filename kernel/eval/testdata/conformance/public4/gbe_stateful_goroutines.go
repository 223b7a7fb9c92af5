package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type readOp struct {
	key  int
	resp chan int
}
type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := map[int]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] = w.val
				w.resp <- true
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				wr := writeOp{key: w, val: w * i, resp: make(chan bool)}
				writes <- wr
				<-wr.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}()
	}
	wg.Wait()
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rd := readOp{key: r, resp: make(chan int)}
			reads <- rd
			v := <-rd.resp
			if v != r*9 {
				fmt.Println("bad", r, v)
			}
			atomic.AddUint64(&readOps, 1)
		}()
	}
	wg.Wait()
	fmt.Println("readOps:", atomic.LoadUint64(&readOps), "writeOps:", atomic.LoadUint64(&writeOps))
	var ops atomic.Int64
	var wg2 sync.WaitGroup
	for range 20 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for range 100 {
				ops.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("ops:", ops.Load())
}
