package main

import (
	"fmt"
	"strings"
	"sync"
)

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
}

type mapStore struct {
	mu sync.Mutex
	m  map[string]string
}

func (s *mapStore) Get(k string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	return v, ok
}
func (s *mapStore) Set(k, v string) { s.mu.Lock(); s.m[k] = v; s.mu.Unlock() }

type logging struct {
	Store
	mu  sync.Mutex
	log []string
}

func (l *logging) Set(k, v string) {
	l.mu.Lock()
	l.log = append(l.log, "set "+k)
	l.mu.Unlock()
	l.Store.Set(k, strings.ToUpper(v))
}

type counting struct {
	Store
	gets int
}

func (c *counting) Get(k string) (string, bool) { c.gets++; return c.Store.Get(k) }

func main() {
	inner := &mapStore{m: map[string]string{}}
	lg := &logging{Store: inner}
	var s Store = &counting{Store: lg}
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() { defer wg.Done(); s.Set(fmt.Sprint("k", i), fmt.Sprint("v", i)) }()
	}
	wg.Wait()
	v, ok := s.Get("k3")
	fmt.Println(v, ok, len(lg.log), s.(*counting).gets)
	get := s.Get
	s = inner
	v2, _ := get("k1")
	_, isC := s.(*counting)
	fmt.Println(v2, isC)
}
