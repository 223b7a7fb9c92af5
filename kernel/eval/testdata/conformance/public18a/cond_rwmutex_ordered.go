package main

import (
	"fmt"
	"sync"
)

type Queue[T any] struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []T
	done  bool
}

func NewQueue[T any]() *Queue[T] {
	q := &Queue[T]{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue[T]) Put(v T) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue[T]) Close() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue[T]) Get() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
	hits int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

func main() {
	q := NewQueue[string]()
	var got []string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			v, ok := q.Get()
			if !ok {
				return
			}
			got = append(got, v)
		}
	}()
	for _, s := range []string{"a", "b", "c", "d"} {
		q.Put(s)
	}
	q.Close()
	wg.Wait()
	fmt.Println(got)
	c := &Cache{data: map[string]int{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() { defer wg2.Done(); c.Set(fmt.Sprint("k", i%3), i) }()
		go func() { defer wg2.Done(); c.Get("k0") }()
	}
	wg2.Wait()
	fmt.Println(len(c.data))
	fmt.Println(c.mu.TryLock(), c.mu.TryRLock())
	c.mu.Unlock()
	fmt.Println(c.mu.TryRLock(), c.mu.TryRLock(), c.mu.TryLock())
	c.mu.RUnlock()
	c.mu.RUnlock()
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	ready := make(chan int)
	turn := 0
	var tm sync.Mutex
	cond := sync.NewCond(&tm)
	var order []int
	var wg3 sync.WaitGroup
	for id := 2; id >= 0; id-- {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			tm.Lock()
			for turn != id {
				cond.Wait()
			}
			order = append(order, id)
			turn++
			cond.Broadcast()
			tm.Unlock()
		}()
	}
	close(ready)
	wg3.Wait()
	fmt.Println(order)
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad sync.Mutex
	bad.Unlock()
}
