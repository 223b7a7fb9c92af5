package main

import (
	"fmt"
	"sync"
)

func f(from string, out chan<- string) {
	for i := 0; i < 3; i++ {
		out <- fmt.Sprint(from, ":", i)
	}
}

func main() {
	out := make(chan string, 10)
	f("direct", out)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		f("goroutine", out)
	}()
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	var wg2 sync.WaitGroup
	results := make([]string, 3)
	for i := range 3 {
		wg2.Go(func() {
			results[i] = fmt.Sprintf("worker %d done", i)
		})
	}
	wg2.Wait()
	fmt.Println(results)
}
