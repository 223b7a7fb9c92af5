package main

import (
	"fmt"
	"sync"
)

var cache = struct {
	sync.Mutex
	mapping map[string]string
	hits    int
}{mapping: make(map[string]string)}

func Lookup(key string) (string, bool) {
	cache.Lock()
	defer cache.Unlock()
	v, ok := cache.mapping[key]
	if ok {
		cache.hits++
	}
	return v, ok
}

func Store(key, value string) {
	cache.Lock()
	cache.mapping[key] = value
	cache.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Store(fmt.Sprint("k", i%5), fmt.Sprint("v", i%5))
		}()
	}
	wg.Wait()
	for i := 0; i < 7; i++ {
		Lookup(fmt.Sprint("k", i))
	}
	v, ok := Lookup("k3")
	fmt.Println(len(cache.mapping), cache.hits, v, ok)
	point := struct {
		X, Y int
		sync.RWMutex
	}{X: 1, Y: 2}
	point.RLock()
	fmt.Println(point.X + point.Y)
	point.RUnlock()
	fmt.Printf("%T\n", point.X)
}
