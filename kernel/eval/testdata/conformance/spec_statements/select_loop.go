package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		b <- "str"
		quit <- true
	}()
	for {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case s := <-b:
			fmt.Println("b", s)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
