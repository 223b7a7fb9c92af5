package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		<-a
		b <- 1
	}()
	go func() {
		defer wg.Done()
		<-b
		a <- 1
	}()
	fmt.Println("two goroutines wait on each other")
	wg.Wait()
}
