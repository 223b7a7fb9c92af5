package main

import "fmt"

func main() {
	c := make(chan int)
	var r <-chan int = c
	var b chan int = r
	fmt.Println(b)
}
