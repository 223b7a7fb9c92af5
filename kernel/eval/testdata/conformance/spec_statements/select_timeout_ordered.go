package main

import (
	"fmt"
	"time"
)

func main() {
	result := make(chan string, 1)
	go func() {
		result <- "fast"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
	never := make(chan string)
	select {
	case r := <-never:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := range 3 {
			data <- i
		}
		close(quit)
	}()
	for {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
