package main

import (
	"fmt"
	"sort"
	"sync"
)

// Garage hands out parking space by weight: a car takes 1 slot, a van 2,
// a bus 4. Acquire blocks until the weight fits (a weighted semaphore
// written with a mutex and a condition variable, FIFO-fair).
type Garage struct {
	mu      sync.Mutex
	cond    *sync.Cond
	free    int
	queue   []int
	nextTkt int
	peak    int
	cap     int
}

func NewGarage(n int) *Garage {
	g := &Garage{free: n, cap: n}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func (g *Garage) Acquire(w int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.nextTkt++
	tkt := g.nextTkt
	g.queue = append(g.queue, tkt)
	for g.queue[0] != tkt || g.free < w {
		g.cond.Wait()
	}
	g.queue = g.queue[1:]
	g.free -= w
	g.peak = max(g.peak, g.cap-g.free)
	g.cond.Broadcast()
}

func (g *Garage) Release(w int) {
	g.mu.Lock()
	g.free += w
	g.mu.Unlock()
	g.cond.Broadcast()
}

func main() {
	g := NewGarage(6)
	kinds := map[string]int{"car": 1, "van": 2, "bus": 4}
	arrivals := []string{"car", "bus", "van", "car", "bus", "car", "van", "car"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	parked := map[string]int{}
	for _, k := range arrivals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := kinds[k]
			g.Acquire(w)
			mu.Lock()
			parked[k]++
			mu.Unlock()
			g.Release(w)
		}()
	}
	wg.Wait()
	names := make([]string, 0, len(parked))
	for k := range parked {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, parked[k])
	}
	fmt.Println("free at end:", g.free, "peak within capacity:", g.peak <= 6 && g.peak >= 1)
	fmt.Println("queue empty:", len(g.queue) == 0)
}
