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

type snapshot struct {
	resp chan map[int]int
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	snaps := make(chan snapshot)
	quit := make(chan struct{})
	go func() {
		state := map[int]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			case s := <-snaps:
				cp := make(map[int]int, len(state))
				for k, v := range state {
					cp[k] = v
				}
				s.resp <- cp
			case <-quit:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				op := writeOp{key: (w + i) % 5, val: 1, resp: make(chan bool)}
				writes <- op
				<-op.resp
			}
		}()
	}
	wg.Wait()
	total := 0
	for k := range 5 {
		r := readOp{k, make(chan int)}
		reads <- r
		v := <-r.resp
		total += v
		fmt.Println("key", k, "=", v)
	}
	s := snapshot{make(chan map[int]int)}
	snaps <- s
	m := <-s.resp
	close(quit)
	fmt.Println("total", total, "snapshot", m)
}
