package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Limits  map[string]int
}

type Server struct {
	cfg      atomic.Pointer[Config]
	requests atomic.Int64
	errors   atomic.Int32
	up       atomic.Bool
	last     atomic.Value
	seq      atomic.Uint64
}

func (s *Server) Handle(path string) {
	s.requests.Add(1)
	cfg := s.cfg.Load()
	if lim, ok := cfg.Limits[path]; ok && lim == 0 {
		s.errors.Add(1)
	}
	s.last.Store(path)
}

func main() {
	s := &Server{}
	fmt.Println(s.cfg.Load() == nil, s.up.Load(), s.last.Load())
	s.cfg.Store(&Config{Version: 1, Limits: map[string]int{"/a": 0, "/b": 5}})
	s.up.Store(true)

	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				s.Handle("/a")
			} else {
				s.Handle("/b")
			}
			s.seq.Add(uint64(i))
		}()
	}
	wg.Wait()
	fmt.Println(s.requests.Load(), s.errors.Load(), s.seq.Load())

	old := s.cfg.Swap(&Config{Version: 2, Limits: map[string]int{}})
	fmt.Println("old version", old.Version, "new", s.cfg.Load().Version)
	ok := s.cfg.CompareAndSwap(old, &Config{Version: 3})
	fmt.Println("cas with stale:", ok, s.cfg.Load().Version)
	cur := s.cfg.Load()
	ok = s.cfg.CompareAndSwap(cur, &Config{Version: 4})
	fmt.Println("cas with current:", ok, s.cfg.Load().Version)

	var n atomic.Int64
	for {
		v := n.Load()
		if n.CompareAndSwap(v, v+5) {
			break
		}
	}
	fmt.Println(n.Load(), n.Swap(100), n.Load(), n.And(0b1100100), n.Or(3), n.Load())
	var u32 uint32
	atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println(u32)
	swapped := atomic.CompareAndSwapUint32(&u32, 4294967295, 7)
	fmt.Println(swapped, u32)
	var v atomic.Value
	v.Store([]string{"x"})
	fmt.Println(v.Load().([]string), v.Swap([]string{"y"}), v.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(42)
}
