package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		for v := range ch {
			fmt.Println("got", v)
			if v == 2 {
				return
			}
		}
	}()
	ch <- 1
	ch <- 2
	close(ch)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("closed; sending again")
	ch <- 3
}
