package main

import (
	"fmt"
	"sync"
)

type ChanBarrier struct {
	n      int
	arrive chan int
	leave  []chan struct{}
}

func NewChanBarrier(n int) *ChanBarrier {
	b := &ChanBarrier{n: n, arrive: make(chan int), leave: make([]chan struct{}, n)}
	for i := range b.leave {
		b.leave[i] = make(chan struct{})
	}
	go func() {
		for {
			var ids []int
			for len(ids) < n {
				id, ok := <-b.arrive
				if !ok {
					return
				}
				ids = append(ids, id)
			}
			for _, id := range ids {
				b.leave[id] <- struct{}{}
			}
		}
	}()
	return b
}

func (b *ChanBarrier) Wait(id int) {
	b.arrive <- id
	<-b.leave[id]
}

func main() {
	const workers, rounds = 3, 4
	b := NewChanBarrier(workers)
	grid := make([][]int, rounds)
	for r := range grid {
		grid[r] = make([]int, workers)
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				prev := 1
				if r > 0 {
					prev = grid[r-1][(w+1)%workers]
				}
				grid[r][w] = prev + w
				b.Wait(w)
			}
		}()
	}
	wg.Wait()
	close(b.arrive)
	for r, row := range grid {
		fmt.Println("round", r, row)
	}
}
