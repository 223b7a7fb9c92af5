package main

import "fmt"

func main() {
	a := make(chan string)
	b := make(chan string, 1)
	close(a)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-a:
			fmt.Printf("a: %q %v\n", v, ok)
			a = nil
			b <- "b-value"
		case v := <-b:
			fmt.Println("b:", v)
		}
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int)
		close(c)
		close(c)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int, 1)
		close(c)
		c <- 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var c chan int
		close(c)
	}()
}
