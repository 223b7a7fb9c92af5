package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to block")
	<-ch
}
