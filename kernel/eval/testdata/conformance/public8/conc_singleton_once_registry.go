package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	mu       sync.Mutex
	handlers map[string]func(int) int
	created  int
}

var (
	instance *Registry
	once     sync.Once
	creates  int
)

func Get() *Registry {
	once.Do(func() {
		creates++
		instance = &Registry{handlers: map[string]func(int) int{}}
	})
	return instance
}

func (r *Registry) Register(name string, f func(int) int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.handlers[name] = f
}

func (r *Registry) Names() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var ns []string
	for n := range r.handlers {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			Get().Register(fmt.Sprintf("h%02d", i), func(x int) int { return x * i })
		}(i)
	}
	wg.Wait()
	fmt.Println(creates, Get() == instance)
	r := Get()
	for _, n := range r.Names() {
		fmt.Print(n, "=", r.handlers[n](10), " ")
	}
	fmt.Println()
}
