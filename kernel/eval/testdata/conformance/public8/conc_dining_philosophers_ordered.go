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

func (p *Philosopher) dine(rounds int, wg *sync.WaitGroup, host chan struct{}) {
	defer wg.Done()
	for range rounds {
		host <- struct{}{}
		first, second := p.left, p.right
		if fmt.Sprintf("%p", first) > fmt.Sprintf("%p", second) {
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
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
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
		go p.dine(3, &wg, host)
	}
	wg.Wait()
	total := 0
	for _, p := range ps {
		fmt.Printf("%-6s ate %d times\n", p.name, p.meals)
		total += p.meals
	}
	fmt.Println("total", total)
}
