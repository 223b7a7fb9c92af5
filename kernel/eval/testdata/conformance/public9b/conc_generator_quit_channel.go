package main

import "fmt"

func fib(quit <-chan struct{}) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		x, y := 0, 1
		for {
			select {
			case c <- x:
				x, y = y, x+y
			case <-quit:
				return
			}
		}
	}()
	return c
}

func take[T any](n int, c <-chan T) []T {
	out := make([]T, 0, n)
	for v := range c {
		out = append(out, v)
		if len(out) == n {
			break
		}
	}
	return out
}

func main() {
	quit := make(chan struct{})
	c := fib(quit)
	fmt.Println(take(12, c))
	close(quit)
	for range c {
	}
	_, ok := <-c
	fmt.Println("closed:", !ok)

	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	go func() {
		for i := 1; i <= 4; i++ {
			ping <- i
		}
		close(ping)
	}()
	for v := range pong {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
