package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Func func(key string) (interface{}, error)

type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{}
}

type request struct {
	key      string
	response chan<- result
}

type Memo struct{ requests chan request }

func New(f Func) *Memo {
	memo := &Memo{requests: make(chan request)}
	go memo.server(f)
	return memo
}

func (memo *Memo) Get(key string) (interface{}, error) {
	response := make(chan result)
	memo.requests <- request{key, response}
	res := <-response
	return res.value, res.err
}

func (memo *Memo) Close() { close(memo.requests) }

func (memo *Memo) server(f Func) {
	cache := make(map[string]*entry)
	for req := range memo.requests {
		e := cache[req.key]
		if e == nil {
			e = &entry{ready: make(chan struct{})}
			cache[req.key] = e
			go e.call(f, req.key)
		}
		go e.deliver(req.response)
	}
}

func (e *entry) call(f Func, key string) {
	e.res.value, e.res.err = f(key)
	close(e.ready)
}

func (e *entry) deliver(response chan<- result) {
	<-e.ready
	response <- e.res
}

type MutexMemo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func (m *MutexMemo) Get(key string) (interface{}, error) {
	m.mu.Lock()
	e := m.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		m.cache[key] = e
		m.mu.Unlock()
		e.res.value, e.res.err = m.f(key)
		close(e.ready)
	} else {
		m.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

func main() {
	var calls sync.Map
	slow := func(key string) (interface{}, error) {
		v, _ := calls.LoadOrStore(key, new(int))
		_ = v
		if strings.HasPrefix(key, "bad") {
			return nil, fmt.Errorf("fetch %s: not found", key)
		}
		return len(key) * 10, nil
	}
	memo := New(slow)
	keys := []string{"alpha", "beta", "alpha", "gamma", "bad1", "beta", "alpha", "bad1"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := memo.Get(k)
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%d %s %v %v", i, k, v, err))
			mu.Unlock()
		}()
	}
	wg.Wait()
	memo.Close()
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	n := 0
	calls.Range(func(k, v any) bool { n++; return true })
	fmt.Println("distinct keys:", n)

	count := map[string]int{}
	var cmu sync.Mutex
	mm := &MutexMemo{f: func(key string) (interface{}, error) {
		cmu.Lock()
		count[key]++
		cmu.Unlock()
		return strings.ToUpper(key), nil
	}, cache: map[string]*entry{}}
	for round := 0; round < 3; round++ {
		var wg sync.WaitGroup
		for _, k := range []string{"x", "y", "x"} {
			wg.Add(1)
			go func(k string) {
				defer wg.Done()
				mm.Get(k)
			}(k)
		}
		wg.Wait()
	}
	v, _ := mm.Get("y")
	fmt.Println(v, count["x"], count["y"])
}
