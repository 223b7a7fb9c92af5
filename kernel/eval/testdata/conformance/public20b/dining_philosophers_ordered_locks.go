package main

import (
	"fmt"
	"sync"
)

type Fork struct {
	sync.Mutex
	id int
}

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, host chan struct{}, wg *sync.WaitGroup, log *Log) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{}
		first, second := p.left, p.right
		if first.id > second.id {
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		log.Add(p.name)
		second.Unlock()
		first.Unlock()
		<-host
	}
}

type Log struct {
	mu     sync.Mutex
	counts map[string]int
	total  int
}

func (l *Log) Add(name string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.counts[name]++
	l.total++
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	ps := make([]*Philosopher, len(names))
	for i, n := range names {
		ps[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(names)]}
	}
	host := make(chan struct{}, 2)
	log := &Log{counts: map[string]int{}}
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Add(1)
		go p.dine(7, host, &wg, log)
	}
	wg.Wait()
	for _, p := range ps {
		fmt.Println(p.name, p.meals, log.counts[p.name])
	}
	fmt.Println("total", log.total)
}
