package main

import (
	"fmt"
	"sort"
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

func (b *Barrier) Wait() int {
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
	const workers = 4
	b := NewBarrier(workers)
	var mu sync.Mutex
	log := map[int][]int{}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				mu.Lock()
				log[round] = append(log[round], w)
				mu.Unlock()
				g := b.Wait()
				if g != round {
					panic("generation mismatch")
				}
			}
		}()
	}
	wg.Wait()
	for round := range 3 {
		ids := log[round]
		sort.Ints(ids)
		fmt.Println("round", round, "arrived:", ids)
	}
	fmt.Println("final generation:", b.gen)
}
