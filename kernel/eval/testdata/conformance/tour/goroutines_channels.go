package main

import (
	"fmt"
	"time"
)

func say(s string, out chan<- string) {
	for i := 0; i < 3; i++ {
		time.Sleep(time.Millisecond)
		out <- s
	}
	close(out)
}

func sum(s []int, c chan int) {
	sum := 0
	for _, v := range s {
		sum += v
	}
	c <- sum
}

func main() {
	out := make(chan string)
	go say("world", out)
	for s := range out {
		fmt.Println(s)
	}
	s := []int{7, 2, 8, -9, 4, 0}
	c := make(chan int)
	go sum(s[:len(s)/2], c)
	x := <-c
	go sum(s[len(s)/2:], c)
	y := <-c
	fmt.Println(x, y, x+y)
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
