package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var (
	mu     sync.Mutex
	seen   = map[string]int{}
	wg     sync.WaitGroup
	corpus = "it was the best of times it was the worst of times"
)

func count(words []string) {
	defer wg.Done()
	local := map[string]int{}
	for _, w := range words {
		local[w]++
	}
	mu.Lock()
	defer mu.Unlock()
	for k, v := range local {
		seen[k] += v
	}
}

func main() {
	words := strings.Fields(corpus)
	for i := 0; i < len(words); i += 4 {
		end := min(i+4, len(words))
		wg.Add(1)
		go count(words[i:end])
	}
	wg.Wait()
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range seen {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	fmt.Printf("%v\n", kvs[0])
	fmt.Printf("%+v\n", kvs[:2])
}
