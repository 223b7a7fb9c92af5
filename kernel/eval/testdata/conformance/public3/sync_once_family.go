package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name string
	Port int
}

var (
	loadOnce sync.Once
	cfg      *Config
	loads    int
)

func getConfig() *Config {
	loadOnce.Do(func() {
		loads++
		cfg = &Config{"app", 8080}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig()
		}()
	}
	wg.Wait()
	fmt.Println(loads, *getConfig())

	calls := 0
	init := sync.OnceFunc(func() { calls++; fmt.Println("init ran") })
	init()
	init()
	fmt.Println("calls:", calls)

	expensive := sync.OnceValue(func() int {
		fmt.Println("computing")
		s := 0
		for i := range 1000 {
			s += i
		}
		return s
	})
	fmt.Println(expensive(), expensive())

	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing")
		return 0, fmt.Errorf("bad input")
	})
	for range 2 {
		n, err := parse()
		fmt.Println(n, err)
	}

	p := sync.OnceFunc(func() { panic("boom") })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
	var o sync.Once
	for i := range 3 {
		o.Do(func() { fmt.Println("once with i =", i) })
	}
}
