package main

import (
	"fmt"
	"sync"
)

type Config struct{ Name string }

var (
	once   sync.Once
	config *Config
	loads  int
)

func getConfig() *Config {
	once.Do(func() {
		loads++
		config = &Config{"default"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			getConfig()
		}()
	}
	wg.Wait()
	fmt.Println(getConfig().Name, loads)
	compute := sync.OnceValue(func() int {
		loads++
		return 42
	})
	fmt.Println(compute(), compute(), loads)
	pair := sync.OnceValues(func() (string, error) { return "v", nil })
	s, err := pair()
	fmt.Println(s, err)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		cond.Broadcast()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("ready")
	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	_, loaded := m.LoadOrStore("b", 2)
	fmt.Println(v, ok, loaded)
	pool := sync.Pool{New: func() any { return new([]byte) }}
	b := pool.Get().(*[]byte)
	fmt.Println(len(*b))
}
