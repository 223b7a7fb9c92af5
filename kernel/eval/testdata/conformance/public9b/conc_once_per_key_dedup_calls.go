package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type call struct {
	wg  sync.WaitGroup
	val string
	err error
}

type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *Group) Do(key string, fn func() (string, error)) (string, error, bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = map[string]*call{}
	}
	if c, ok := g.m[key]; ok {
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err, true
	}
	c := new(call)
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()
	c.val, c.err = fn()
	c.wg.Done()
	return c.val, c.err, false
}

func main() {
	var g Group
	var calls atomic.Int32
	release := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 10)
	shared := make([]bool, 10)
	started := make(chan struct{})
	var once sync.Once
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i > 0 {
				<-started
			}
			results[i], _, shared[i] = g.Do("user:42", func() (string, error) {
				calls.Add(1)
				once.Do(func() { close(started) })
				<-release
				return "ann", nil
			})
		}()
	}
	<-started
	for {
		g.mu.Lock()
		n := len(g.m)
		g.mu.Unlock()
		if n == 1 {
			break
		}
	}
	close(release)
	wg.Wait()
	sort.Strings(results)
	fmt.Println(results[0], results[9], calls.Load() >= 1)
	v, err, sh := g.Do("other", func() (string, error) { return "", fmt.Errorf("not found") })
	fmt.Printf("%q %v %v\n", v, err, sh)
}
