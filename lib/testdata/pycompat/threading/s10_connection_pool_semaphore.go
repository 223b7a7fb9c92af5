package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Pool struct {
	sem  *threading.BoundedSemaphore
	lock threading.Lock
	free []string
	used map[string]bool
}

func NewPool(size int) *Pool {
	p := &Pool{sem: threading.NewBoundedSemaphore(size), used: map[string]bool{}}
	for i := range size {
		p.free = append(p.free, fmt.Sprintf("conn%d", i))
	}
	return p
}

func (p *Pool) Get() string {
	p.sem.Acquire()
	p.lock.Acquire()
	defer p.lock.Release()
	c := p.free[len(p.free)-1]
	p.free = p.free[:len(p.free)-1]
	p.used[c] = true
	return c
}

func (p *Pool) Put(c string) {
	p.lock.Acquire()
	delete(p.used, c)
	p.free = append(p.free, c)
	p.lock.Release()
	p.sem.Release()
}

func main() {
	pool := NewPool(3)
	counts := map[string]int{}
	var lock threading.Lock
	job := func() {
		c := pool.Get()
		defer pool.Put(c)
		lock.Acquire()
		counts[c]++
		lock.Release()
	}
	var ts []*threading.Thread
	for range 20 {
		ts = append(ts, &threading.Thread{Target: job})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sum, ok := 0, true
	for c, n := range counts {
		sum += n
		ok = ok && (c == "conn0" || c == "conn1" || c == "conn2")
	}
	sort.Strings(pool.free)
	fmt.Printf("%d ['%s'] set() %s\n", sum, strings.Join(pool.free, "', '"), pyBool(ok))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
