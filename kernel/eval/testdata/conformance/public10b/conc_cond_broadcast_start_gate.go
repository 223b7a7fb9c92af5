package main

import (
	"fmt"
	"sort"
	"sync"
)

type Gate struct {
	mu    sync.Mutex
	cond  *sync.Cond
	open  bool
	ready int
}

func NewGate() *Gate {
	g := &Gate{}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func (g *Gate) Wait() {
	g.mu.Lock()
	g.ready++
	g.cond.Broadcast()
	for !g.open {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

func (g *Gate) WaitReady(n int) {
	g.mu.Lock()
	for g.ready < n {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

func (g *Gate) Open() {
	g.mu.Lock()
	g.open = true
	g.mu.Unlock()
	g.cond.Broadcast()
}

func main() {
	g := NewGate()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []string
	names := []string{"runner-a", "runner-b", "runner-c", "runner-d"}
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.Wait()
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
		}()
	}
	g.WaitReady(len(names))
	fmt.Println("all ready:", g.ready)
	mu.Lock()
	fmt.Println("started before open:", len(order))
	mu.Unlock()
	g.Open()
	wg.Wait()
	sort.Strings(order)
	fmt.Println("finished:", order)
}
