package main

import "fmt"

func main() {
	a := make(chan string)
	b := make(chan string, 1)
	close(a)
	b <- "b-value"
	seenClosed := 0
	gotB := false
	for seenClosed == 0 || !gotB {
		select {
		case v, ok := <-a:
			if !ok {
				seenClosed++
				fmt.Printf("a closed: %q %v\n", v, ok)
				a = nil
			}
		case v := <-b:
			gotB = true
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
