package main

import (
	"fmt"
	"sort"
	"sync"
)

type Gate struct {
	once sync.Once
	ch   chan struct{}
}

func NewGate() *Gate                  { return &Gate{ch: make(chan struct{})} }
func (g *Gate) Open()                 { g.once.Do(func() { close(g.ch) }) }
func (g *Gate) Wait() <-chan struct{} { return g.ch }

func main() {
	g := NewGate()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	ready := make(chan int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- i
			<-g.Wait()
			mu.Lock()
			order = append(order, i*i)
			mu.Unlock()
		}()
	}
	for range 5 {
		<-ready
	}
	mu.Lock()
	fmt.Println("before open:", len(order))
	mu.Unlock()
	g.Open()
	g.Open()
	wg.Wait()
	sort.Ints(order)
	fmt.Println("after open:", order)
	select {
	case <-g.Wait():
		fmt.Println("gate stays open")
	default:
		fmt.Println("closed?")
	}
	var cond = sync.NewCond(&sync.Mutex{})
	ready2 := 0
	var wg2 sync.WaitGroup
	woke := make(chan int, 3)
	for i := range 3 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			cond.L.Lock()
			ready2++
			for ready2 < 100 {
				cond.Wait()
			}
			cond.L.Unlock()
			woke <- i
		}()
	}
	for {
		cond.L.Lock()
		if ready2 == 3 {
			ready2 = 100
			cond.L.Unlock()
			break
		}
		cond.L.Unlock()
	}
	cond.Broadcast()
	wg2.Wait()
	close(woke)
	sum := 0
	for v := range woke {
		sum += v
	}
	fmt.Println("woken sum", sum)
}
