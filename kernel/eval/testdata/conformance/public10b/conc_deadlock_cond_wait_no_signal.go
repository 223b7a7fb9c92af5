package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []string
}

func (q *Queue) Pop() string {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	it := q.items[0]
	q.items = q.items[1:]
	return it
}

func (q *Queue) Push(s string) {
	q.mu.Lock()
	q.items = append(q.items, s)
	q.mu.Unlock()
	q.cond.Signal()
}

func main() {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	q.Push("a")
	q.Push("b")
	fmt.Println(q.Pop(), q.Pop())
	fmt.Println("waiting for a third item nobody pushes")
	fmt.Println(q.Pop())
}
