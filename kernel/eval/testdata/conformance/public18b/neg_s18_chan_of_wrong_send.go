package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- "x"
	fmt.Println(len(ch))
}
