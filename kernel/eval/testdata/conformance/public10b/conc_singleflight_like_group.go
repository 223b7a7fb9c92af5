package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type call struct {
	wg   sync.WaitGroup
	val  string
	err  error
	dups int
}

type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *Group) Do(key string, fn func() (string, error)) (string, error, bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dups++
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
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return c.val, c.err, false
}

func main() {
	var g Group
	var calls atomic.Int32
	release := make(chan struct{})
	started := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 5)
	shared := make([]bool, 5)
	wg.Add(1)
	go func() {
		defer wg.Done()
		results[0], _, shared[0] = g.Do("user:1", func() (string, error) {
			calls.Add(1)
			close(started)
			<-release
			return "Ada", nil
		})
	}()
	<-started
	for i := 1; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _, shared[i] = g.Do("user:1", func() (string, error) {
				calls.Add(1)
				return "other", nil
			})
		}()
	}
	for {
		g.mu.Lock()
		d := g.m["user:1"].dups
		g.mu.Unlock()
		if d == 4 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	close(release)
	wg.Wait()
	fmt.Println(results, shared, calls.Load())
	v, err, sh := g.Do("user:1", func() (string, error) { return "fresh", fmt.Errorf("stale cache") })
	fmt.Println(v, err, sh)
}
