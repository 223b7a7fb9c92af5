package main

import (
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; fmt.Println("init") })
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	wg.Wait()
	f()
	fmt.Println("calls:", calls)

	v := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(v(), v(), calls)

	parse := sync.OnceValues(func() (int, error) { return strconv.Atoi("x12") })
	n, err := parse()
	n2, err2 := parse()
	fmt.Println(n, err, n2, err2 == err)

	p := sync.OnceFunc(func() { panic("once panic") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
}
