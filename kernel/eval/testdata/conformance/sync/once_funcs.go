package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	onceBody := func() { fmt.Println("Only once") }
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(onceBody)
		}()
	}
	wg.Wait()
	calls := 0
	f := sync.OnceFunc(func() { calls++ })
	f()
	f()
	fmt.Println("calls:", calls)
	compute := 0
	v := sync.OnceValue(func() int {
		compute++
		sum := 0
		for i := 1; i <= 100; i++ {
			sum += i
		}
		return sum
	})
	fmt.Println(v(), v(), compute)
	vs := sync.OnceValues(func() (string, error) { return "config", nil })
	s, err := vs()
	fmt.Println(s, err)
	s, err = vs()
	fmt.Println(s, err)
	p := sync.OnceFunc(func() { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
}
