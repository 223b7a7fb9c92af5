package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	go func() { c1 <- "one" }()
	got := map[string]bool{}
	go func() { c2 <- "two" }()
	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			got[msg1] = true
		case msg2 := <-c2:
			got[msg2] = true
		}
	}
	fmt.Println("received", got["one"], got["two"])

	c3 := make(chan string, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		c3 <- "result 1"
	}()
	select {
	case res := <-c3:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	c4 := make(chan string, 1)
	go func() { c4 <- "result 2" }()
	select {
	case res := <-c4:
		fmt.Println(res)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout 2")
	}
}
