package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version  int
	Features map[string]bool
}

type Server struct {
	cfg      atomic.Value
	requests atomic.Int64
	reloads  atomic.Int32
}

func (s *Server) Config() *Config { return s.cfg.Load().(*Config) }

func (s *Server) Reload(v int) {
	old := s.Config()
	next := &Config{Version: v, Features: map[string]bool{}}
	for k, on := range old.Features {
		next.Features[k] = on
	}
	next.Features[fmt.Sprint("f", v)] = v%2 == 0
	s.cfg.Store(next)
	s.reloads.Add(1)
}

func (s *Server) Handle() int {
	s.requests.Add(1)
	return s.Config().Version
}

func main() {
	s := &Server{}
	s.cfg.Store(&Config{Version: 1, Features: map[string]bool{"base": true}})
	var wg sync.WaitGroup
	seen := make([]int, 200)
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i] = s.Handle()
		}()
	}
	var rmu sync.Mutex
	for v := 2; v <= 5; v++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rmu.Lock()
			defer rmu.Unlock()
			s.Reload(v)
		}()
	}
	wg.Wait()
	okRange := true
	for _, v := range seen {
		if v < 1 || v > 5 {
			okRange = false
		}
	}
	c := s.Config()
	fmt.Println("requests", s.requests.Load(), "reloads", s.reloads.Load(), "versions in range", okRange)
	fmt.Println("features:", len(c.Features), c.Features["base"], c.Features["f4"], c.Features["f3"])
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.cfg.Store(Config{})
	}()
}
