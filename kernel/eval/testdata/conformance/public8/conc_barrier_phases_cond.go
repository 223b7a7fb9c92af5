package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return gen
	}
	for gen == b.gen {
		b.cond.Wait()
	}
	return gen
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	grid := make([][]int, phases)
	for p := range grid {
		grid[p] = make([]int, workers)
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range phases {
				prev := 0
				if p > 0 {
					for _, v := range grid[p-1] {
						prev += v
					}
				}
				grid[p][w] = prev + w + 1
				b.Await()
			}
		}()
	}
	wg.Wait()
	for p, row := range grid {
		fmt.Println("phase", p, row)
	}
	fmt.Println("generations:", b.gen)
}
