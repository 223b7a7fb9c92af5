package main

import "fmt"

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(len(messages), cap(messages))
	fmt.Println(<-messages)
	fmt.Println(<-messages)
	ping := make(chan string)
	go func() { ping <- "ping" }()
	msg := <-ping
	fmt.Println(msg)
}
