package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	a, b, c := <-ch
	fmt.Println(a, b, c)
}
