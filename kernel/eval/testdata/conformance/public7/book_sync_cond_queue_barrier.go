package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
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

func (b *Barrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for w := 0; w < 3; w++ {
		wg.Go(func() {
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}
		})
	}
	for i := 1; i <= 10; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	b := NewBarrier(4)
	var phase [3]atomic.Int32
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := 0; p < 3; p++ {
				phase[p].Add(1)
				b.Await()
				if phase[p].Load() != 4 {
					panic("barrier broken")
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(phase[0].Load(), phase[1].Load(), phase[2].Load(), b.gen)

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()
	calls := 0
	once := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(once(), once(), calls)
	ov := sync.OnceValues(func() (string, error) { return "v", nil })
	s, err := ov()
	fmt.Println(s, err)
	var cnt atomic.Int64
	var cas atomic.Int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cnt.Add(2)
			for {
				old := cas.Load()
				if cas.CompareAndSwap(old, old+1) {
					break
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(cnt.Load(), cas.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	var wg2 sync.WaitGroup
	wg2.Add(1)
	wg2.Done()
	wg2.Done()
}
