package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	sync.Mutex
	names []string
}

func (r *Registry) Add(n string) {
	r.Lock()
	defer r.Unlock()
	r.names = append(r.names, n)
}

func main() {
	var r Registry
	var wg sync.WaitGroup
	for _, n := range []string{"delta", "alpha", "charlie", "bravo"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.Add(n)
		}()
	}
	wg.Wait()
	r.Lock()
	sort.Strings(r.names)
	fmt.Println(r.names)
	r.Unlock()
}
