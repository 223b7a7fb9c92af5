package main

import "fmt"

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	go func() {
		c1 <- "one"
	}()
	got := map[string]bool{}
	go func() {
		c2 <- "two"
	}()
	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			got[msg1] = true
		case msg2 := <-c2:
			got[msg2] = true
		}
	}
	fmt.Println("received", got["one"], got["two"])
}
