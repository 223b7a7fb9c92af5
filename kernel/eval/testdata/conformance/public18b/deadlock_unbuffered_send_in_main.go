package main

import "fmt"

func main() {
	ch := make(chan string)
	done := make(chan bool)
	go func() {
		for s := range ch {
			fmt.Println("got", s)
		}
		done <- true
	}()
	ch <- "a"
	ch <- "b"
	<-done // the range never ends: ch is never closed
	fmt.Println("unreached")
}
