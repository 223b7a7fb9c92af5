package main

import (
	"fmt"
	"sync"
)

func f(from string, out []string, i int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = fmt.Sprintf("%s:%d", from, i)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 6)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go f("goroutine", out, i, &wg)
	}
	for i := 3; i < 6; i++ {
		wg.Add(1)
		go func(msg string) {
			defer wg.Done()
			out[i] = msg
		}(fmt.Sprint("going", i))
	}
	wg.Wait()
	fmt.Println(out)
	done := make(chan string)
	go func() { done <- "direct" }()
	fmt.Println(<-done)
}
