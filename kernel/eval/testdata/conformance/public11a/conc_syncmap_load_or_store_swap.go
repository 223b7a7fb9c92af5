package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := fmt.Sprintf("k%d", i%5)
			m.LoadOrStore(key, i%5*100)
		}()
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	prev, loaded := m.Swap("k1", "swapped")
	fmt.Println("swap:", prev, loaded)
	prev, loaded = m.Swap("new", 1)
	fmt.Println("swap new:", prev, loaded)
	fmt.Println("CAS wrong:", m.CompareAndSwap("k2", 999, 0))
	fmt.Println("CAS right:", m.CompareAndSwap("k2", 200, 0))
	fmt.Println("CAD:", m.CompareAndDelete("k3", 300))
	v, ok := m.Load("k3")
	fmt.Println("after CAD:", v, ok)
	v, ok = m.LoadAndDelete("k4")
	fmt.Println("LoadAndDelete:", v, ok)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("after Clear:", n)
}
