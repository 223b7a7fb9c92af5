package main

import (
	"fmt"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, host chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{}
		first, second := p.left, p.right
		if p.id%2 == 1 {
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		second.Unlock()
		first.Unlock()
		<-host
	}
}

func main() {
	const n = 5
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = new(Fork)
	}
	ps := make([]*Philosopher, n)
	for i := range ps {
		ps[i] = &Philosopher{id: i, left: forks[i], right: forks[(i+1)%n]}
	}
	host := make(chan struct{}, n-1)
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Add(1)
		go p.dine(20, host, &wg)
	}
	wg.Wait()
	total := 0
	for _, p := range ps {
		fmt.Printf("philosopher %d ate %d meals\n", p.id, p.meals)
		total += p.meals
	}
	fmt.Println("total meals:", total)
}
