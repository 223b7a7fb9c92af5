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
	direct := make(chan string, 3)
	f("direct", direct)
	close(direct)
	for s := range direct {
		fmt.Println(s)
	}
	out := make(chan string, 3)
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
	msg := make(chan string)
	go func(m string) { msg <- m }("going")
	fmt.Println(<-msg)
	fmt.Println("done")
}
