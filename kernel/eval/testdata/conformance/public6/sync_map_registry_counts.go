package main

import (
	"fmt"
	"sort"
	"sync"
)

type Session struct {
	ID   string
	Hits int
	mu   sync.Mutex
}

func main() {
	var reg sync.Map
	var wg sync.WaitGroup
	ids := []string{"a", "b", "c", "a", "b", "a", "d", "a"}
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, loaded := reg.LoadOrStore(id, &Session{ID: id})
			_ = loaded
			s := v.(*Session)
			s.mu.Lock()
			s.Hits++
			s.mu.Unlock()
		}()
	}
	wg.Wait()
	var keys []string
	reg.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := reg.Load(k)
		fmt.Println(k, v.(*Session).Hits)
	}
	v, ok := reg.LoadAndDelete("d")
	fmt.Println(v.(*Session).ID, ok)
	_, ok = reg.Load("d")
	fmt.Println(ok)
	prev, loaded := reg.Swap("x", 1)
	fmt.Println(prev, loaded)
	prev, loaded = reg.Swap("x", 2)
	fmt.Println(prev, loaded)
	fmt.Println(reg.CompareAndSwap("x", 2, 3), reg.CompareAndSwap("x", 2, 4))
	fmt.Println(reg.CompareAndDelete("x", 4), reg.CompareAndDelete("x", 3))
	reg.Delete("a")
	n := 0
	reg.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("left", n)
	reg.Clear()
	reg.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after clear", n)

	var once sync.Once
	calls := 0
	for range 3 {
		once.Do(func() { calls++ })
	}
	get := sync.OnceValue(func() int { calls += 10; return calls })
	fmt.Println(get(), get(), calls)
	pair := sync.OnceValues(func() (string, error) { return "cfg", nil })
	s, err := pair()
	fmt.Println(s, err)
	f := sync.OnceFunc(func() { fmt.Println("once func ran") })
	f()
	f()
}
