package main

import (
	"fmt"
	"sync"
)

type Greeter struct {
	Name string
	out  *[]string
	mu   *sync.Mutex
}

func (g Greeter) Greet(wg *sync.WaitGroup) {
	defer wg.Done()
	g.mu.Lock()
	*g.out = append(*g.out, "hello from "+g.Name)
	g.mu.Unlock()
}

type Tally struct {
	mu sync.Mutex
	n  map[string]int
}

func (t *Tally) Add(k string, wg *sync.WaitGroup) {
	defer wg.Done()
	t.mu.Lock()
	t.n[k]++
	t.mu.Unlock()
}

func main() {
	var out []string
	var mu sync.Mutex
	g := Greeter{"first", &out, &mu}
	var wg sync.WaitGroup
	wg.Add(1)
	go g.Greet(&wg)
	wg.Wait()
	f := g.Greet
	g.Name = "second"
	wg.Add(2)
	go f(&wg)
	go g.Greet(&wg)
	wg.Wait()
	fmt.Println(len(out), out[0])
	seen := map[string]bool{}
	for _, s := range out {
		seen[s] = true
	}
	fmt.Println(seen["hello from first"], seen["hello from second"])

	t := &Tally{n: map[string]int{}}
	add := t.Add
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go add([]string{"a", "b", "c"}[i%3], &wg)
	}
	wg.Wait()
	fmt.Println(t.n)

	func() {
		wg.Add(1)
		defer g.Greet(&wg)
		g.Name = "third"
	}()
	wg.Wait()
	fmt.Println(out[len(out)-1], len(out))
}
