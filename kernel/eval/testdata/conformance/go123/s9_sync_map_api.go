package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	prev, loaded := m.Swap("a", 2)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("a", 2, 3), m.CompareAndSwap("a", 2, 4))
	v, loaded := m.LoadOrStore("b", 10)
	fmt.Println(v, loaded)
	fmt.Println(m.CompareAndDelete("b", 11), m.CompareAndDelete("b", 10))
	m.Store("c", 5)
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, fmt.Sprint(k, "=", v)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)

	var i32 atomic.Int32
	i32.Store(0b1100)
	old := i32.And(0b1010)
	fmt.Println(old, i32.Load())
	old = i32.Or(0b0001)
	fmt.Println(old, i32.Load())
	u := uint32(0b1111)
	o1 := atomic.AndUint32(&u, 0b0011)
	fmt.Println(o1, u)
	o2 := atomic.OrUint32(&u, 0b1000)
	fmt.Println(o2, u)

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()
}
