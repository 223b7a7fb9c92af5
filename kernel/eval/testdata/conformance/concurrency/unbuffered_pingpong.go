package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	for i := 0; i < 3; i++ {
		ping <- i * 10
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)
}
