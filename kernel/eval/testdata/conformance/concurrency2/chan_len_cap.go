package main

import "fmt"

func main() {
	ch := make(chan string, 5)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	<-ch
	fmt.Println(len(ch), cap(ch))
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
	u := make(chan bool)
	fmt.Println(len(u), cap(u))
	close(ch)
	fmt.Println(len(ch), cap(ch))
}
