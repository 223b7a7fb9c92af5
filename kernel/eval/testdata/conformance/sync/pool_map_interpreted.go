package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Buffer struct {
	data []byte
	uses int
}

type Stats struct {
	Hits, Misses int
}

func main() {
	var created atomic.Int32
	pool := sync.Pool{New: func() any {
		created.Add(1)
		return &Buffer{data: make([]byte, 0, 64)}
	}}
	b := pool.Get().(*Buffer)
	b.data = append(b.data, "hello"...)
	b.uses++
	fmt.Println(string(b.data), b.uses, cap(b.data))
	b.data = b.data[:0]
	pool.Put(b)
	fmt.Println(created.Load() >= 1)

	var m sync.Map
	m.Store("x", Stats{1, 2})
	m.Store("y", &Stats{3, 4})
	v, _ := m.Load("x")
	s := v.(Stats)
	s.Hits++
	fmt.Println(s, v.(Stats).Hits)
	p, _ := m.Load("y")
	p.(*Stats).Misses = 40
	p2, _ := m.Load("y")
	fmt.Println(*p2.(*Stats))
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v:%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	var cfg atomic.Pointer[Stats]
	cfg.Store(&Stats{5, 6})
	old := cfg.Swap(&Stats{7, 8})
	fmt.Println(*old, *cfg.Load())
	var av atomic.Value
	av.Store([]Stats{{1, 1}})
	fmt.Println(av.Load().([]Stats)[0].Hits)
	once := sync.OnceValue(func() *Stats { return &Stats{9, 9} })
	fmt.Println(once() == once(), *once())
}
