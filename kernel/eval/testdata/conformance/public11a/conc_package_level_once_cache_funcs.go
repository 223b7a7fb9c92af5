package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

var (
	loadOnce sync.Once
	cache    map[string]string
	hits     int
	cacheMu  sync.RWMutex
)

// The counter is atomic: six goroutines call it at once (a plain n++ loses
// increments under load, in go run too).
var lookupCount = func() func() int {
	var n atomic.Int64
	return func() int { return int(n.Add(1)) }
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
