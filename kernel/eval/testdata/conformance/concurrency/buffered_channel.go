package main

import "fmt"

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(len(messages), cap(messages))
	fmt.Println(<-messages)
	fmt.Println(<-messages)
	done := make(chan bool, 1)
	go func() {
		fmt.Println("working")
		done <- true
	}()
	<-done
	fmt.Println("finished")
}
