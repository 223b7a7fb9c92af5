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
	key  int
	val  int
	resp chan bool
}

func main() {
	var readOps, writeOps uint64
	reads := make(chan readOp)
	writes := make(chan writeOp)
	done := make(chan struct{})
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] += write.val
				write.resp <- true
			case <-done:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for r := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				read := readOp{key: (r + i) % 5, resp: make(chan int)}
				reads <- read
				<-read.resp
				atomic.AddUint64(&readOps, 1)
			}
		}()
	}
	for w := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				write := writeOp{key: w, val: i, resp: make(chan bool)}
				writes <- write
				<-write.resp
				atomic.AddUint64(&writeOps, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("readOps:", atomic.LoadUint64(&readOps))
	fmt.Println("writeOps:", atomic.LoadUint64(&writeOps))
	total := 0
	for k := range 5 {
		read := readOp{key: k, resp: make(chan int)}
		reads <- read
		v := <-read.resp
		fmt.Println("key", k, "=", v)
		total += v
	}
	close(done)
	fmt.Println("total", total)
	var ops atomic.Int32
	var flag atomic.Bool
	var ptr atomic.Pointer[string]
	s := "hello"
	ptr.Store(&s)
	var wg2 sync.WaitGroup
	for range 50 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			ops.Add(2)
			flag.CompareAndSwap(false, true)
		}()
	}
	wg2.Wait()
	fmt.Println(ops.Load(), flag.Load(), *ptr.Load(), ops.CompareAndSwap(100, 1), ops.Swap(5), ops.Load())
	var v atomic.Value
	v.Store([]int{1, 2})
	fmt.Println(v.Load().([]int))
}
