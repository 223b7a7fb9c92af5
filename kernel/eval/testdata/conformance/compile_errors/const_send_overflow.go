package main

import "fmt"

func main() {
	ch := make(chan int8, 1)
	ch <- 200
	fmt.Println(<-ch)
}
