package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	results := make(chan string)
	go func() {
		sum := 0
		for {
			select {
			case v := <-data:
				sum += v
			case <-quit:
				results <- fmt.Sprintf("sum=%d", sum)
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	close(quit)
	fmt.Println(<-results)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	trace := []int{}
	v := 1
	for range 5 {
		ping <- v
		v = <-pong
		trace = append(trace, v)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(trace, ok)
}
