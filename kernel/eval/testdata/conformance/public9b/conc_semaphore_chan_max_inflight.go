package main

import (
	"fmt"
	"sort"
	"sync"
)

// Weighted is a counting semaphore of tokens: a job takes as many tokens
// as its weight, one at a time, from a channel the pool is filled into.
type Weighted struct {
	tokens chan struct{}
	mu     sync.Mutex // serializes multi-token acquisitions (no deadlock between two half-served jobs)
}

func NewWeighted(n int) *Weighted {
	w := &Weighted{tokens: make(chan struct{}, n)}
	for range n {
		w.tokens <- struct{}{}
	}
	return w
}

func (w *Weighted) Acquire(n int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for range n {
		<-w.tokens
	}
}

func (w *Weighted) Release(n int) {
	for range n {
		w.tokens <- struct{}{}
	}
}

func (w *Weighted) Available() int { return len(w.tokens) }

type job struct {
	name   string
	weight int
}

func main() {
	sem := NewWeighted(4)
	jobs := []job{{"a", 1}, {"b", 3}, {"c", 2}, {"d", 4}, {"e", 1}, {"f", 2}}
	var mu sync.Mutex
	var used, peak int
	var done []string
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire(j.weight)
			mu.Lock()
			used += j.weight
			peak = max(peak, used)
			mu.Unlock()
			mu.Lock()
			used -= j.weight
			done = append(done, fmt.Sprintf("%s/%d", j.name, j.weight))
			mu.Unlock()
			sem.Release(j.weight)
		}()
	}
	wg.Wait()
	sort.Strings(done)
	fmt.Println(done)
	fmt.Println("peak within capacity:", peak <= 4, "tokens back:", sem.Available())
	sem.Acquire(4)
	select {
	case <-sem.tokens:
		fmt.Println("unexpected token")
	default:
		fmt.Println("all tokens taken")
	}
	sem.Release(2)
	fmt.Println(sem.Available())
}
