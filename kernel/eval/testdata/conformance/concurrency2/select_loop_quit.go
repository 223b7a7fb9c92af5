package main

import "fmt"

func fib(c chan<- int, quit <-chan struct{}) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	done := make(chan bool)
	go func() {
		for i := 0; i < 12; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		close(quit)
	}()
	go func() {
		fib(c, quit)
		done <- true
	}()
	<-done
}
