package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("sending on nil channel")
	ch <- "x"
}
