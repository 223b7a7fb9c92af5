package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 6; i++ {
		ch <- i
	}
	close(ch)
	var got []int
	for n := 0; n < 10; n++ {
		select {
		case v, ok := <-ch:
			if !ok {
				break
			}
			if v%2 == 0 {
				continue
			}
			got = append(got, v)
		}
		got = append(got, -1)
	}
	fmt.Println(got)

	count := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			count += 10
		}
		count++
	}
	fmt.Println(count)

	timeout := time.After(2 * time.Second)
	work := make(chan string, 3)
	work <- "a"
	work <- "b"
	work <- "quit"
	var done []string
loop:
	for {
		select {
		case w := <-work:
			if w == "quit" {
				break loop
			}
			done = append(done, w)
		case <-timeout:
			done = append(done, "timeout")
			break loop
		}
	}
	fmt.Println(done)

	var results []string
	for _, w := range []string{"x", "skip", "y", "stop", "z"} {
		func() {
			defer func() { results = append(results, "deferred-"+w) }()
			if w == "skip" {
				return
			}
			results = append(results, w)
		}()
		if w == "stop" {
			break
		}
	}
	fmt.Println(results)
}
