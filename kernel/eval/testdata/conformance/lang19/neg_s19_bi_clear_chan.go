package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	clear(ch)
	fmt.Println(len(ch))
}
