package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Pool struct {
	lock    threading.Lock
	done    []int
	onDone  func(name string, r int)
	threads []*threading.Thread
}

func NewPool(n int, onDone func(string, int)) *Pool {
	p := &Pool{onDone: onDone}
	for i := 0; i < n; i++ {
		p.threads = append(p.threads, &threading.Thread{Target: func() { p.work(i) }, Name: fmt.Sprintf("w%d", i)})
	}
	return p
}

func (p *Pool) work(i int) {
	r := i * 10
	p.lock.Acquire()
	p.done = append(p.done, r)
	p.lock.Release()
	p.onDone(threading.CurrentThread().GetName(), r)
}

func (p *Pool) Run() []int {
	for _, t := range p.threads {
		t.Start()
	}
	for _, t := range p.threads {
		t.Join()
	}
	sort.Ints(p.done)
	return p.done
}

func main() {
	var log []string
	var logLock threading.Lock
	record := func(name string, r int) {
		logLock.Acquire()
		log = append(log, fmt.Sprintf("('%s', %d)", name, r))
		logLock.Release()
	}
	p := NewPool(4, record)
	done := p.Run()
	sort.Strings(log)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(done), " ", ", "), "["+strings.Join(log, ", ")+"]")
}
