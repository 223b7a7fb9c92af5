package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type LimitGroup struct {
	wg   sync.WaitGroup
	sem  chan struct{}
	mu   sync.Mutex
	errs []error
}

func NewLimitGroup(n int) *LimitGroup { return &LimitGroup{sem: make(chan struct{}, n)} }

func (g *LimitGroup) Go(f func() error) {
	g.sem <- struct{}{}
	g.wg.Add(1)
	go func() {
		defer func() { <-g.sem; g.wg.Done() }()
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs = append(g.errs, err)
			g.mu.Unlock()
		}
	}()
}

func (g *LimitGroup) Wait() error {
	g.wg.Wait()
	return errors.Join(g.errs...)
}

func main() {
	g := NewLimitGroup(2)
	var cur, peak atomic.Int32
	done := make([]bool, 6)
	for i := range 6 {
		g.Go(func() error {
			n := cur.Add(1)
			defer cur.Add(-1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(3 * time.Millisecond)
			done[i] = true
			if i == 4 {
				return fmt.Errorf("task %d failed", i)
			}
			return nil
		})
	}
	err := g.Wait()
	fmt.Println("err:", err)
	fmt.Println("done:", done)
	fmt.Println("peak <= 2:", peak.Load() <= 2, "peak >= 1:", peak.Load() >= 1)
}
