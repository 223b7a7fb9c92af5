package main

import (
	"fmt"
	"time"
)

func launch(out []string) []string { return append(out, "Lift off!") }

func countdown(abort <-chan struct{}, n int) []string {
	var out []string
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for countdown := n; countdown > 0; countdown-- {
		out = append(out, fmt.Sprint(countdown))
		select {
		case <-abort:
			return append(out, "Launch aborted!")
		default:
		}
		<-tick.C
	}
	return launch(out)
}

func main() {
	fmt.Println(countdown(make(chan struct{}), 5))

	abort := make(chan struct{})
	close(abort)
	fmt.Println(countdown(abort, 5))

	ch := make(chan int, 1)
	var got []int
	for i := 0; i < 10; i++ {
		select {
		case x := <-ch:
			got = append(got, x)
		case ch <- i:
		}
	}
	fmt.Println(got)

	results := make(chan string)
	go func() {
		time.Sleep(time.Millisecond)
		results <- "fast"
	}()
	select {
	case r := <-results:
		fmt.Println("got", r)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}

	never := make(chan string)
	select {
	case r := <-never:
		fmt.Println("got", r)
	case <-time.After(2 * time.Millisecond):
		fmt.Println("timeout waiting for never")
	}

	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel blocks; default taken")
	}

	done := make(chan bool)
	data := make(chan int)
	go func() {
		defer close(done)
		sum := 0
		for {
			select {
			case v, ok := <-data:
				if !ok {
					fmt.Println("sum", sum)
					return
				}
				sum += v
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	close(data)
	<-done
}
