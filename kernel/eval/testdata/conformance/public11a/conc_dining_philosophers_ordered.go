package main

import (
	"fmt"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, host chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for range rounds {
		host <- struct{}{}
		p.left.Lock()
		p.right.Lock()
		p.meals++
		p.right.Unlock()
		p.left.Unlock()
		<-host
	}
}

func main() {
	names := []string{"Plato", "Aristotle", "Kant", "Hume", "Locke"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = new(Fork)
	}
	ps := make([]*Philosopher, len(names))
	for i, n := range names {
		ps[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}
	host := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Add(1)
		go p.dine(3, host, &wg)
	}
	wg.Wait()
	total := 0
	for _, p := range ps {
		fmt.Printf("%-9s ate %d times\n", p.name, p.meals)
		total += p.meals
	}
	fmt.Println("total meals:", total)
}
