package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Uint64
	errors   atomic.Int64
	maxSize  atomic.Int64
	last     atomic.Pointer[string]
	enabled  atomic.Bool
	cfg      atomic.Value
}

func (s *Stats) observe(size int64) {
	for {
		cur := s.maxSize.Load()
		if size <= cur || s.maxSize.CompareAndSwap(cur, size) {
			return
		}
	}
}

type config struct {
	name  string
	level int
}

func main() {
	var s Stats
	s.enabled.Store(true)
	s.cfg.Store(config{"default", 1})
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.requests.Add(1)
			if i%10 == 0 {
				s.errors.Add(1)
			}
			s.observe(int64(i * 3 % 97))
		}()
	}
	wg.Wait()
	name := "final"
	s.last.Store(&name)
	fmt.Println(s.requests.Load(), s.errors.Load(), s.maxSize.Load(), *s.last.Load(), s.enabled.Load())
	old := s.enabled.Swap(false)
	fmt.Println(old, s.enabled.Load(), s.enabled.CompareAndSwap(false, true), s.enabled.Load())
	c := s.cfg.Load().(config)
	fmt.Printf("%+v\n", c)
	s.cfg.Store(config{"tuned", 3})
	fmt.Printf("%+v\n", s.cfg.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.cfg.Store("a string")
	}()
	var counter int32
	atomic.AddInt32(&counter, 5)
	atomic.AddInt32(&counter, -2)
	loaded := atomic.LoadInt32(&counter)
	swapped := atomic.CompareAndSwapInt32(&counter, 3, 10)
	afterCAS := counter
	old32 := atomic.SwapInt32(&counter, 0)
	fmt.Println(loaded, swapped, afterCAS, old32, counter)
	var u atomic.Uint32
	u.Store(1)
	u.Add(^uint32(0))
	fmt.Println(u.Load(), u.Or(6), u.And(4), u.Load())
	var nilp atomic.Pointer[config]
	fmt.Println(nilp.Load() == nil)
}
