package main

import "fmt"

func main() {
	var ch <-chan int
	ch <- 1
	fmt.Println()
}
