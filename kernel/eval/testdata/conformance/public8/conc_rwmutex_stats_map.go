package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Stats struct {
	mu     sync.RWMutex
	counts map[string]int
}

func (s *Stats) Inc(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.counts == nil {
		s.counts = make(map[string]int)
	}
	s.counts[key]++
}

func (s *Stats) Get(key string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.counts[key]
}

func (s *Stats) Snapshot() map[string]int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string]int, len(s.counts))
	for k, v := range s.counts {
		out[k] = v
	}
	return out
}

func main() {
	var st Stats
	text := "to be or not to be that is the question whether tis nobler in the mind to suffer"
	words := strings.Fields(text)
	var wg sync.WaitGroup
	for round := 0; round < 4; round++ {
		for _, w := range words {
			wg.Add(2)
			go func() { defer wg.Done(); st.Inc(w) }()
			go func() { defer wg.Done(); _ = st.Get(w) }()
		}
	}
	wg.Wait()
	snap := st.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if snap[keys[i]] != snap[keys[j]] {
			return snap[keys[i]] > snap[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:5] {
		fmt.Printf("%-6s %d\n", k, snap[k])
	}
	fmt.Println(len(snap), st.Get("to"), st.Get("absent"))
}
