package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	msgs := make(chan string, 10)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			msgs <- fmt.Sprint("a", i)
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			msgs <- fmt.Sprint("b", i)
		}
	}()
	wg.Wait()
	close(msgs)
	var as, bs []string
	for m := range msgs {
		if m[0] == 'a' {
			as = append(as, m)
		} else {
			bs = append(bs, m)
		}
	}
	fmt.Println(as, bs)
	final := make(chan string)
	go func() {
		defer close(final)
		final <- "last words"
	}()
	for s := range final {
		fmt.Println(s)
	}
}
