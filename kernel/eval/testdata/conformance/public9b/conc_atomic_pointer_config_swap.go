package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
	Limits  map[string]int
}

func (c *Config) String() string { return fmt.Sprintf("%s@v%d", c.Name, c.Version) }

type Store struct {
	cur   atomic.Pointer[Config]
	swaps atomic.Int32
}

func (s *Store) Update(f func(old Config) Config) {
	for {
		old := s.cur.Load()
		nc := f(*old)
		if s.cur.CompareAndSwap(old, &nc) {
			s.swaps.Add(1)
			return
		}
	}
}

func main() {
	var s Store
	fmt.Println(s.cur.Load() == nil)
	s.cur.Store(&Config{Name: "svc", Version: 1, Limits: map[string]int{"rps": 10}})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Update(func(old Config) Config {
				old.Version++
				return old
			})
		}()
	}
	wg.Wait()
	c := s.cur.Load()
	fmt.Println(c, c.Limits, s.swaps.Load())
	var v atomic.Value
	v.Store(c)
	got := v.Load().(fmt.Stringer)
	fmt.Println(got.String())
	old := v.Swap(&Config{Name: "next"})
	fmt.Println(old.(*Config).Version, v.Load())
	fmt.Println(v.CompareAndSwap(old, c), v.CompareAndSwap(v.Load(), c), v.Load())
	var u atomic.Uint32
	u.Store(1)
	u.Add(^uint32(0))
	fmt.Println(u.Load())
	var b atomic.Bool
	fmt.Println(b.Swap(true), b.Load())
	fmt.Println(u.Or(6), u.And(2), u.Load())
}
