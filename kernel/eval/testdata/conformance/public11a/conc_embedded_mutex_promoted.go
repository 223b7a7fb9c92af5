package main

import (
	"fmt"
	"sort"
	"sync"
)

type Counter struct {
	sync.Mutex
	counts map[string]int
}

type Registry struct {
	*sync.RWMutex
	names []string
}

type Stats struct {
	Counter
	label string
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
}

func main() {
	s := Stats{Counter{counts: map[string]int{}}, "web"}
	var wg sync.WaitGroup
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Inc([]string{"get", "post", "put"}[i%3])
		}()
	}
	wg.Wait()
	s.Lock()
	keys := make([]string, 0)
	for k := range s.counts {
		keys = append(keys, k)
	}
	s.Unlock()
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(s.label, k, s.counts[k])
	}
	r := Registry{RWMutex: &sync.RWMutex{}}
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.Lock()
			r.names = append(r.names, fmt.Sprint("n", i))
			r.Unlock()
		}()
	}
	wg.Wait()
	r.RLock()
	sort.Strings(r.names)
	fmt.Println(r.names)
	r.RUnlock()
	rl := r.RLocker()
	rl.Lock()
	fmt.Println("read-locked via RLocker", len(r.names))
	rl.Unlock()
	var l sync.Locker = &s
	l.Lock()
	l.Unlock()
	fmt.Println("locker ok")
}
