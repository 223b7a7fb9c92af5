package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
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

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

type Stats struct {
	mu   sync.RWMutex
	hits map[string]int
}

func (s *Stats) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[k]++
}

func (s *Stats) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.hits[k]
}

func main() {
	q := NewQueue()
	done := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 5; i++ {
			sum += q.Get()
		}
		done <- sum
	}()
	for i := 1; i <= 5; i++ {
		q.Put(i * 10)
	}
	fmt.Println("sum:", <-done)

	st := &Stats{hits: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); st.Inc("page") }()
		go func() { defer wg.Done(); _ = st.Get("page") }()
	}
	wg.Wait()
	fmt.Println("hits:", st.Get("page"))

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	var ready bool
	var m2 sync.Mutex
	c := sync.NewCond(&m2)
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			m2.Lock()
			for !ready {
				c.Wait()
			}
			m2.Unlock()
		}()
	}
	m2.Lock()
	ready = true
	c.Broadcast()
	m2.Unlock()
	wg2.Wait()
	fmt.Println("all released")
	var wg3 sync.WaitGroup
	total := 0
	var tm sync.Mutex
	for i := 1; i <= 4; i++ {
		wg3.Go(func() {
			tm.Lock()
			total += i
			tm.Unlock()
		})
	}
	wg3.Wait()
	fmt.Println("wg.Go total:", total)
}
