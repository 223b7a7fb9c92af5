package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

type Barrier struct {
	mu      sync.Mutex
	cond    *sync.Cond
	waiting int
	n       int
	round   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	r := b.round
	b.waiting++
	if b.waiting == b.n {
		b.waiting = 0
		b.round++
		b.cond.Broadcast()
		return r
	}
	for r == b.round {
		b.cond.Wait()
	}
	return r
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i%5, i)
			m.LoadOrStore("const", "first")
		}()
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	v, ok := m.Load("const")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("const", "second")
	fmt.Println(actual, loaded)
	old, loaded := m.Swap("const", "third")
	fmt.Println(old, loaded)
	fmt.Println(m.CompareAndSwap("const", "third", "fourth"), m.CompareAndDelete("const", "nope"))
	val, loaded := m.LoadAndDelete("const")
	fmt.Println(val, loaded)
	_, ok = m.Load("const")
	fmt.Println(ok)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after clear", n)
	created := 0
	pool := sync.Pool{New: func() any { created++; return new(bytes.Buffer) }}
	buf := pool.Get().(*bytes.Buffer)
	buf.WriteString("hello")
	fmt.Println(buf.String(), created)
	buf.Reset()
	pool.Put(buf)
	b := NewBarrier(3)
	results := make([][]int, 3)
	var wg2 sync.WaitGroup
	for w := range 3 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for range 4 {
				results[w] = append(results[w], b.Wait())
			}
		}()
	}
	wg2.Wait()
	fmt.Println(results)
	var rw sync.RWMutex
	shared := 0
	var wg3 sync.WaitGroup
	for i := range 10 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			if i%3 == 0 {
				rw.Lock()
				shared += 10
				rw.Unlock()
			} else {
				rw.RLock()
				_ = shared
				rw.RUnlock()
			}
		}()
	}
	wg3.Wait()
	fmt.Println(shared, rw.TryLock(), rw.TryRLock())
	rw.Unlock()
}
