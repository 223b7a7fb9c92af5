package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type Config struct {
	Name string
	Port int
}

var loads int

func loadConfig() (*Config, error) {
	loads++
	port, err := strconv.Atoi("8080")
	if err != nil {
		return nil, err
	}
	return &Config{Name: "svc", Port: port}, nil
}

func main() {
	get := sync.OnceValues(loadConfig)
	var wg sync.WaitGroup
	ports := make([]int, 6)
	for i := range ports {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := get()
			if err == nil {
				ports[i] = c.Port
			}
		}()
	}
	wg.Wait()
	fmt.Println("ports:", ports, "loads:", loads)

	calls := 0
	greet := sync.OnceFunc(func() { calls++; fmt.Println("hello once") })
	greet()
	greet()
	fmt.Println("calls:", calls)

	n := 0
	val := sync.OnceValue(func() int { n++; return n * 42 })
	fmt.Println(val(), val(), n)

	bad := sync.OnceValues(func() (int, error) { return 0, errors.New("no config") })
	_, e1 := bad()
	_, e2 := bad()
	fmt.Println(e1, e1 == e2)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init at", i) })
	}

	p := sync.OnceFunc(func() { panic("boom in once") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
}
