package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
	sem  chan struct{}
}

func NewGroup(limit int) *Group { return &Group{sem: make(chan struct{}, limit)} }

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.sem <- struct{}{}
		defer func() { <-g.sem }()
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs = append(g.errs, err)
			g.mu.Unlock()
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	sort.Slice(g.errs, func(i, j int) bool { return g.errs[i].Error() < g.errs[j].Error() })
	return errors.Join(g.errs...)
}

var ErrOdd = errors.New("odd input")

func main() {
	g := NewGroup(3)
	results := make([]int, 10)
	for i := range results {
		g.Go(func() error {
			if i%4 == 1 {
				return fmt.Errorf("task %d: %w", i, ErrOdd)
			}
			results[i] = i * i
			return nil
		})
	}
	err := g.Wait()
	fmt.Println(results)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrOdd))
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	for i := 0; i < 5; i++ {
		wg.Go(func() {
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Ints(order)
	fmt.Println(order)
	g2 := NewGroup(1)
	g2.Go(func() error { return nil })
	fmt.Println(g2.Wait() == nil)
}
