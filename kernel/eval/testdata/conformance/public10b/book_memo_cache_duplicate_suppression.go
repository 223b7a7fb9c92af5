package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Func func(key string) (any, error)

type result struct {
	value any
	err   error
}

type entry struct {
	res   result
	ready chan struct{}
}

type Memo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New(f Func) *Memo { return &Memo{f: f, cache: make(map[string]*entry)} }

func (memo *Memo) Get(key string) (any, error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

func main() {
	var cmu sync.Mutex
	calls := map[string]int{}
	slow := func(key string) (any, error) {
		cmu.Lock()
		calls[key]++
		cmu.Unlock()
		if strings.HasPrefix(key, "bad") {
			return nil, fmt.Errorf("fetch %s: not found", key)
		}
		return len(key) * 100, nil
	}
	m := New(slow)
	keys := []string{"alpha", "beta", "alpha", "bad-url", "gamma", "beta", "alpha", "bad-url"}
	var wg sync.WaitGroup
	out := make([]string, len(keys))
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := m.Get(k)
			out[i] = fmt.Sprintf("%s=%v err=%v", k, v, err)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	var ks []string
	for k := range calls {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println("calls", k, calls[k])
	}
}
