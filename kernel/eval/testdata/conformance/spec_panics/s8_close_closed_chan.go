package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	close(ch)
}
