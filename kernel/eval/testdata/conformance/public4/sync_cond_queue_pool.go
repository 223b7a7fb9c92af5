package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
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
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type buf struct{ data []byte }

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				mu.Lock()
				got = append(got, v*v)
				mu.Unlock()
			}
		}()
	}
	for i := 1; i <= 8; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
	created := 0
	pool := sync.Pool{New: func() any { created++; return &buf{make([]byte, 0, 16)} }}
	b := pool.Get().(*buf)
	b.data = append(b.data, "hi"...)
	fmt.Println(string(b.data), cap(b.data), created >= 1)
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, loaded := m.LoadOrStore("a", 9)
	fmt.Println(v, loaded)
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, k.(string)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	val := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(val(), val())
}
