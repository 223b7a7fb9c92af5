package main

import (
	"fmt"
	"sort"
	"sync"
)

type Ring struct {
	mu                sync.Mutex
	notEmpty, notFull *sync.Cond
	buf               []int
	head, size        int
	maxSeen           int
}

func NewRing(n int) *Ring {
	r := &Ring{buf: make([]int, n)}
	r.notEmpty = sync.NewCond(&r.mu)
	r.notFull = sync.NewCond(&r.mu)
	return r
}

func (r *Ring) Put(v int) {
	r.mu.Lock()
	for r.size == len(r.buf) {
		r.notFull.Wait()
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	r.maxSeen = max(r.maxSeen, r.size)
	r.mu.Unlock()
	r.notEmpty.Signal()
}

func (r *Ring) Take() int {
	r.mu.Lock()
	for r.size == 0 {
		r.notEmpty.Wait()
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	r.mu.Unlock()
	r.notFull.Signal()
	return v
}

func main() {
	ring := NewRing(3)
	var producers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for i := 0; i < 5; i++ {
				ring.Put(p*100 + i)
			}
		}()
	}
	got := make([]int, 0, 15)
	for len(got) < 15 {
		got = append(got, ring.Take())
	}
	producers.Wait()
	sort.Ints(got)
	fmt.Println(got)
	fmt.Println("never over capacity:", ring.maxSeen <= 3, "empty:", ring.size == 0)
}
