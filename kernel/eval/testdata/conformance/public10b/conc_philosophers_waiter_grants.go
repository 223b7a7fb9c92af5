package main

import (
	"fmt"
	"sync"
)

type request struct {
	seat  int
	grant chan bool
}

type waiter struct {
	inUse   []bool
	asks    chan request
	returns chan int
	denied  int
}

func (w *waiter) serve(done <-chan struct{}) {
	n := len(w.inUse)
	for {
		select {
		case r := <-w.asks:
			l, rt := r.seat, (r.seat+1)%n
			if w.inUse[l] || w.inUse[rt] {
				w.denied++
				r.grant <- false
				continue
			}
			w.inUse[l], w.inUse[rt] = true, true
			r.grant <- true
		case s := <-w.returns:
			w.inUse[s], w.inUse[(s+1)%n] = false, false
		case <-done:
			return
		}
	}
}

func main() {
	const seats, meals = 5, 6
	w := &waiter{inUse: make([]bool, seats), asks: make(chan request), returns: make(chan int)}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() { w.serve(done); close(stopped) }()
	eaten := make([]int, seats)
	var wg sync.WaitGroup
	for s := 0; s < seats; s++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			grant := make(chan bool)
			for eaten[s] < meals {
				w.asks <- request{s, grant}
				if <-grant {
					eaten[s]++
					w.returns <- s
				}
			}
		}()
	}
	wg.Wait()
	close(done)
	<-stopped
	total := 0
	for s, n := range eaten {
		fmt.Printf("seat %d ate %d\n", s, n)
		total += n
	}
	free := true
	for _, u := range w.inUse {
		if u {
			free = false
		}
	}
	fmt.Println("total", total, "all chopsticks back:", free)
}
