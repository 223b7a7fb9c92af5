package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println("closed")
	go func() {
		ch <- 1
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
