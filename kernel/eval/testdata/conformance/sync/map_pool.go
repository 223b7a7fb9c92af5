package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("c", 3)
	fmt.Println(actual, loaded)
	old, loaded := m.LoadAndDelete("b")
	fmt.Println(old, loaded)
	prev, loaded := m.Swap("c", 30)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("c", 30, 31), m.CompareAndDelete("a", 2))
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	m.Clear()
	_, ok = m.Load("c")
	fmt.Println(ok)

	var wg sync.WaitGroup
	var counter sync.Map
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			counter.Store(i%4, true)
		}(i)
	}
	wg.Wait()
	n := 0
	counter.Range(func(_, _ any) bool { n++; return true })
	fmt.Println(n)

	pool := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("pooled")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	b2 := pool.Get().(*bytes.Buffer)
	fmt.Println(b2.Len())
}
