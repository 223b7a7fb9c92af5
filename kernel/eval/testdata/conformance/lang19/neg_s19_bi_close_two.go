package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	close(a, b)
	fmt.Println("closed")
}
