package main

import (
	"fmt"
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

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[w] += v
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	fmt.Println("total:", sums[0]+sums[1]+sums[2])

	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	var wg2 sync.WaitGroup
	start := false
	for range 4 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			ready++
			c.Broadcast()
			for !start {
				c.Wait()
			}
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 4 {
		c.Wait()
	}
	start = true
	c.Broadcast()
	mu.Unlock()
	wg2.Wait()
	fmt.Println("all", ready, "started")
}
