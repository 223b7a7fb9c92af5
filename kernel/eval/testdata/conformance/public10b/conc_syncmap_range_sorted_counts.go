package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	text := `the quick brown fox jumps over the lazy dog the dog barks
and the fox runs quick quick away`
	lines := strings.Split(text, "\n")
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, line := range lines {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			for _, w := range strings.Fields(line) {
				mu.Lock()
				v, _ := m.LoadOrStore(w, 0)
				m.Store(w, v.(int)+1)
				mu.Unlock()
			}
		}(line)
	}
	wg.Wait()
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	m.Range(func(k, v any) bool {
		kvs = append(kvs, kv{k.(string), v.(int)})
		return true
	})
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:5] {
		fmt.Println(e.k, e.v)
	}
	v, loaded := m.LoadAndDelete("the")
	fmt.Println(v, loaded)
	_, loaded = m.Load("the")
	fmt.Println(loaded)
	prev, ok := m.Swap("fox", 99)
	fmt.Println(prev, ok)
	fmt.Println(m.CompareAndSwap("fox", 99, 100), m.CompareAndDelete("dog", 1))
	n := 0
	m.Range(func(_, _ any) bool { n++; return n < 3 })
	fmt.Println("stopped at", n)
	m.Clear()
	n = 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after clear", n)
}
