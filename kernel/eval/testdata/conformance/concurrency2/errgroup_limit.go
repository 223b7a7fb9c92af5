package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type LimitGroup struct {
	wg   sync.WaitGroup
	sem  chan struct{}
	once sync.Once
	err  error
}

func NewLimitGroup(n int) *LimitGroup { return &LimitGroup{sem: make(chan struct{}, n)} }

func (g *LimitGroup) Go(f func() error) {
	g.sem <- struct{}{}
	g.wg.Add(1)
	go func() {
		defer func() { <-g.sem; g.wg.Done() }()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err })
		}
	}()
}

func (g *LimitGroup) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	g := NewLimitGroup(2)
	var active, peak atomic.Int32
	results := make([]int, 6)
	for i := range results {
		g.Go(func() error {
			a := active.Add(1)
			defer active.Add(-1)
			for {
				p := peak.Load()
				if a <= p || peak.CompareAndSwap(p, a) {
					break
				}
			}
			results[i] = i * 100
			if i == 4 {
				return errors.New("task 4 failed")
			}
			return nil
		})
	}
	fmt.Println("err:", g.Wait())
	fmt.Println(results, "peak<=2:", peak.Load() <= 2)
}
