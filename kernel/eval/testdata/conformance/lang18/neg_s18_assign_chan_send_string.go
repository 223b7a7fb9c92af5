package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- "a"
	fmt.Println(len(ch))
}
