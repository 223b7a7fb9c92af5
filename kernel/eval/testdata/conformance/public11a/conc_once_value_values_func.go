package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	config := sync.OnceValue(func() map[string]string {
		calls++
		return map[string]string{"host": "localhost", "port": "8080"}
	})
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = config()["host"]
		}()
	}
	wg.Wait()
	fmt.Println("config host:", config()["host"], "calls:", calls)

	parse := sync.OnceValues(func() (int, error) {
		calls++
		return strconv.Atoi("12a")
	})
	for range 2 {
		n, err := parse()
		fmt.Println(n, err)
	}
	fmt.Println("calls:", calls)

	var ne *strconv.NumError
	_, err := parse()
	fmt.Println("is NumError:", errors.As(err, &ne), ne.Func, ne.Num)

	hello := sync.OnceFunc(func() {
		calls++
		fmt.Println("init once")
	})
	hello()
	hello()
	fmt.Println("calls:", calls)

	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("Do ran at", i) })
	}
}
