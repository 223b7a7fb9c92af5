package main

import (
	"fmt"
	"strings"
	"sync"
)

type Queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []string
	closed bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(s string) {
	q.mu.Lock()
	q.items = append(q.items, s)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (string, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

func main() {
	q := NewQueue()
	out := make(chan []string)
	go func() {
		var got []string
		for {
			s, ok := q.Get()
			if !ok {
				break
			}
			got = append(got, strings.ToUpper(s))
		}
		out <- got
	}()
	for _, w := range strings.Fields("the quick brown fox jumps") {
		q.Put(w)
	}
	q.Close()
	got := <-out
	fmt.Println(len(got), got)
	s, ok := q.Get()
	fmt.Printf("%q %v\n", s, ok)
}
