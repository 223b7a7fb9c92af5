package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to block")
	go func() {
		v := <-ch
		fmt.Println("got", v)
		ch <- v * 2
	}()
	ch <- 21
	fmt.Println("reply", <-ch)
	<-ch
}
