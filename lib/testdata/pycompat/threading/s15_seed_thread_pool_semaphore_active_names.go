package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type ThreadPool struct {
	active []string
	lock   threading.Lock
	peak   int
}

func (p *ThreadPool) Acquire(name string) {
	p.lock.Acquire()
	defer p.lock.Release()
	p.active = append(p.active, name)
	p.peak = max(p.peak, len(p.active))
}

func (p *ThreadPool) Release(name string) {
	p.lock.Acquire()
	defer p.lock.Release()
	for i, n := range p.active {
		if n == name {
			p.active = append(p.active[:i], p.active[i+1:]...)
			break
		}
	}
}

var (
	pool      = &ThreadPool{}
	semaphore = threading.NewSemaphore(2)
	inside    = threading.NewBarrier(2, nil)
	order     []string
	olock     threading.Lock
)

func worker(semaphore *threading.Semaphore, pool *ThreadPool) {
	semaphore.Acquire()
	defer semaphore.Release()
	name := threading.CurrentThread().GetName()
	pool.Acquire(name)
	inside.WaitTimeout(5 * time.Second)
	olock.Acquire()
	order = append(order, name)
	olock.Release()
	pool.Release(name)
}

func main() {
	var threads []*threading.Thread
	for i := 0; i < 4; i++ {
		t := &threading.Thread{Target: func() { worker(semaphore, pool) }, Name: fmt.Sprintf("thread_%d", i)}
		t.Start()
		threads = append(threads, t)
	}
	for _, t := range threads {
		t.Join()
	}
	sort.Strings(order)
	fmt.Println(pool.peak, "[]", "['"+strings.Join(order, "', '")+"']", semaphore.Value())
}
