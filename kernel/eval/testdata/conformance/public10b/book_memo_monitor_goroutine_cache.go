package main

import (
	"fmt"
	"sync"
)

type Func func(key int) (int, error)

type result struct {
	value int
	err   error
}

type entry struct {
	res   result
	ready chan struct{}
}

type request struct {
	key      int
	response chan<- result
}

type Memo struct{ requests chan request }

func New(f Func) *Memo {
	memo := &Memo{requests: make(chan request)}
	go memo.server(f)
	return memo
}

func (memo *Memo) Get(key int) (int, error) {
	response := make(chan result)
	memo.requests <- request{key, response}
	res := <-response
	return res.value, res.err
}

func (memo *Memo) Close() { close(memo.requests) }

func (memo *Memo) server(f Func) {
	cache := make(map[int]*entry)
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

func (e *entry) call(f Func, key int) {
	e.res.value, e.res.err = f(key)
	close(e.ready)
}

func (e *entry) deliver(response chan<- result) {
	<-e.ready
	response <- e.res
}

func main() {
	var mu sync.Mutex
	computed := 0
	var fib Func
	fib = func(n int) (int, error) {
		mu.Lock()
		computed++
		mu.Unlock()
		if n < 0 {
			return 0, fmt.Errorf("negative %d", n)
		}
		a, b := 0, 1
		for i := 0; i < n; i++ {
			a, b = b, a+b
		}
		return a, nil
	}
	m := New(fib)
	defer m.Close()
	var wg sync.WaitGroup
	res := make([]string, 12)
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			k := i%6*10 - 10
			v, err := m.Get(k)
			res[i] = fmt.Sprint(k, v, err)
		}(i)
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
	fmt.Println("computed:", computed)
}
