package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

func (c *Config) String() string { return fmt.Sprintf("%s/%d", c.Name, c.Workers) }

type Server struct {
	cfg   atomic.Pointer[Config]
	hits  atomic.Int64
	ready atomic.Bool
}

func (s *Server) Handle() string {
	s.hits.Add(1)
	return s.cfg.Load().Name
}

func main() {
	var s Server
	fmt.Println(s.cfg.Load() == nil, s.ready.Load())
	s.cfg.Store(&Config{"v1", 2})
	s.ready.Store(true)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				s.Handle()
			}
		}()
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.cfg.Load())
	old := s.cfg.Swap(&Config{"v2", 4})
	fmt.Println(old, s.cfg.Load())
	cur := s.cfg.Load()
	fmt.Println(s.cfg.CompareAndSwap(old, &Config{"bad", 0}), s.cfg.CompareAndSwap(cur, &Config{"v3", 8}), s.cfg.Load())
	fmt.Println(s.ready.CompareAndSwap(true, false), s.ready.Load(), s.hits.Swap(0), s.hits.Load())
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(u.Add(^uint32(0)), u.Load())
	var v atomic.Value
	v.Store(Config{"val", 1})
	fmt.Println(v.Load().(Config).Name)
	var fin atomic.Int32
	fmt.Println(fin.And(0), fin.Or(6), fin.Load())
}
