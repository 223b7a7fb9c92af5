package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

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
	q := NewQueue()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[int][]int{}
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				mu.Lock()
				got[v%3] = append(got[v%3], v)
				mu.Unlock()
			}
		}()
		_ = w
	}
	for i := 1; i <= 12; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	for k := 0; k < 3; k++ {
		sort.Ints(got[k])
		fmt.Println(k, got[k])
	}

	b := NewBarrier(4)
	phases := make([][]int, 3)
	var pmu sync.Mutex
	var wg2 sync.WaitGroup
	for id := range 4 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for p := range 3 {
				pmu.Lock()
				phases[p] = append(phases[p], id)
				pmu.Unlock()
				g := b.Await()
				if g != p {
					panic("generation mismatch")
				}
			}
		}()
	}
	wg2.Wait()
	for p, ids := range phases {
		sort.Ints(ids)
		fmt.Println("phase", p, ids)
	}

	// broadcast by closing a channel
	start := make(chan struct{})
	ready := make(chan int, 5)
	for i := range 5 {
		go func() {
			<-start
			ready <- i * i
		}()
	}
	close(start)
	sum := 0
	for range 5 {
		sum += <-ready
	}
	fmt.Println("sum", sum)
}
