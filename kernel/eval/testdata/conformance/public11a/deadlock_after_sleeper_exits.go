package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(300 * time.Millisecond)
		fmt.Println("sleeper woke and left without sending")
	}()
	fmt.Println("waiting")
	fmt.Println(<-ch)
}
