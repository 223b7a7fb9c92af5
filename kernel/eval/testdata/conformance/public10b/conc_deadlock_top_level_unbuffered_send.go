package main

import "fmt"

func main() {
	ch := make(chan string)
	buffered := make(chan string, 1)
	buffered <- "fits in the buffer"
	fmt.Println(<-buffered)
	ch <- "no receiver"
	fmt.Println(<-ch)
}
