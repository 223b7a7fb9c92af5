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
	var mu sync.Mutex
	log := map[int][]int{}
	var wg sync.WaitGroup
	data := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				mu.Lock()
				data[w] += w + p
				log[p] = append(log[p], w)
				mu.Unlock()
				g := b.Await()
				if g != p {
					panic("generation mismatch")
				}
			}
		}(w)
	}
	wg.Wait()
	for p := 0; p < phases; p++ {
		sort.Ints(log[p])
		fmt.Println("phase", p, log[p])
	}
	fmt.Println(data, b.gen)
}
