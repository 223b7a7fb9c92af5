package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Name string }

var (
	once   sync.Once
	config *Config
	inits  atomic.Int32
)

func get() *Config {
	once.Do(func() {
		inits.Add(1)
		config = &Config{Name: "loaded"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 20)
	for i := range ptrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = get()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println(get().Name, "inits:", inits.Load(), "same:", same)
}
