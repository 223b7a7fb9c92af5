package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type ThreadPool struct {
	active []string
	lock   threading.Lock
	peak   int
}

func (p *ThreadPool) acquire(name string) {
	p.lock.Acquire()
	defer p.lock.Release()
	p.active = append(p.active, name)
	p.peak = max(p.peak, len(p.active))
}

func (p *ThreadPool) release(name string) {
	p.lock.Acquire()
	defer p.lock.Release()
	for i, n := range p.active {
		if n == name {
			p.active = append(p.active[:i], p.active[i+1:]...)
			break
		}
	}
}

func worker(sem *threading.Semaphore, pool *ThreadPool, gate *threading.Event) {
	sem.Acquire()
	defer sem.Release()
	name := threading.CurrentThread().GetName()
	pool.acquire(name)
	gate.WaitTimeout(20 * time.Millisecond)
	pool.release(name)
}

func main() {
	pool := &ThreadPool{}
	sem := threading.NewSemaphore(3)
	gate := &threading.Event{}
	var ts []*threading.Thread
	for i := range 8 {
		ts = append(ts, &threading.Thread{Target: func() { worker(sem, pool, gate) }, Name: "스레드 " + strconv.Itoa(i)})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var names []string
	for _, t := range ts {
		names = append(names, t.GetName())
	}
	sort.Strings(names)
	ok := "False"
	if pool.peak <= 3 {
		ok = "True"
	}
	var active []string
	for _, n := range pool.active {
		active = append(active, "'"+n+"'")
	}
	fmt.Printf("%s [%s] ['%s', '%s']\n", ok, strings.Join(active, ", "), names[0], names[1])
}
