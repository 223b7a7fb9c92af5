package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

var loadCount int

var getConfig = sync.OnceValue(func() *Config {
	loadCount++
	return &Config{Name: "prod"}
})

var parse = sync.OnceValues(func() (int, error) {
	loadCount++
	return 42, nil
})

func main() {
	var wg sync.WaitGroup
	for range 5 {
		wg.Go(func() {
			c := getConfig()
			_ = c.Name
			parse()
		})
	}
	wg.Wait()
	v, err := parse()
	fmt.Println(getConfig().Name, v, err, loadCount)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}

	var m sync.Map
	var total atomic.Int64
	for i := range 10 {
		wg.Go(func() {
			m.Store(i%4, i)
			total.Add(int64(i))
		})
	}
	wg.Wait()
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys, total.Load())
	act, loaded := m.LoadOrStore(9, "nine")
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore(9, "again")
	fmt.Println(act, loaded)
	old, ok := m.LoadAndDelete(9)
	fmt.Println(old, ok)
	prev, swapped := m.Swap(100, "x")
	fmt.Println(prev, swapped, m.CompareAndSwap(100, "x", "y"), m.CompareAndDelete(100, "z"))
	m.Clear()
	_, ok = m.Load(0)
	fmt.Println(ok)

	created := 0
	pool := sync.Pool{New: func() any {
		created++
		return new(bytes.Buffer)
	}}
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("hi")
	fmt.Println(b.String(), created)

	var mu sync.Mutex
	var rw sync.RWMutex
	counter := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			counter[w]++
		})
	}
	wg.Wait()
	rw.RLock()
	fmt.Println(counter)
	rw.RUnlock()
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()

	var ready bool
	cond := sync.NewCond(&mu)
	done := make(chan struct{})
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		close(done)
	}()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	<-done
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"x"})
	fmt.Println(p.Load().Name)
	var val atomic.Value
	val.Store([]int{1})
	fmt.Println(val.Load().([]int))
}
