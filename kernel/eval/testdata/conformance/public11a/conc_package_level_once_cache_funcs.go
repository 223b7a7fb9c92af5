package main

import (
	"fmt"
	"strings"
	"sync"
)

var (
	loadOnce sync.Once
	cache    map[string]string
	hits     int
	cacheMu  sync.RWMutex
)

var lookupCount = func() func() int {
	n := 0
	return func() int { n++; return n }
}()

func load() {
	cache = map[string]string{"go": "Gopher", "py": "Python"}
}

func Lookup(k string) string {
	loadOnce.Do(load)
	lookupCount()
	cacheMu.RLock()
	v, ok := cache[k]
	cacheMu.RUnlock()
	if ok {
		cacheMu.Lock()
		hits++
		cacheMu.Unlock()
		return v
	}
	cacheMu.Lock()
	defer cacheMu.Unlock()
	v = strings.ToUpper(k)
	cache[k] = v
	return v
}

func main() {
	var wg sync.WaitGroup
	keys := []string{"go", "py", "rs", "go", "rs", "js"}
	out := make([]string, len(keys))
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = Lookup(k)
		}()
	}
	wg.Wait()
	fmt.Println(out)
	fmt.Println("cache size:", len(cache), "calls:", lookupCount()-1, "hits >= 3:", hits >= 3)
}
