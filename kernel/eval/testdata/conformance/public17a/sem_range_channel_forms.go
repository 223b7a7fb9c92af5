package main

import (
	"fmt"
	"time"
)

type C chan int
type Sh interface{ A() int }
type sq int

func (s sq) A() int { return int(s) }

func gen() <-chan Sh {
	c := make(chan Sh, 2)
	c <- sq(2)
	c <- nil
	close(c)
	return c
}

func main() {
	var c C = make(C, 2)
	c <- 4
	c <- 5
	close(c)
	for v := range c {
		fmt.Print(v)
	}
	fmt.Println()
	for s := range gen() {
		fmt.Print(s != nil, " ")
	}
	fmt.Println()
	t := time.NewTicker(time.Millisecond)
	n := 0
	for range t.C {
		n++
		if n == 3 {
			t.Stop()
			break
		}
	}
	fmt.Println(n)
	done := make(chan bool)
	data := make(chan string)
	go func() {
		for s := range data {
			fmt.Print(s)
		}
		done <- true
	}()
	data <- "a"
	data <- "b"
	close(data)
	<-done
	fmt.Println()
	for i := 0; i < 2; i++ {
		ch := make(chan int, 1)
		ch <- i
		close(ch)
		for v := range ch {
			fmt.Print(v)
		}
	}
	fmt.Println()
	var ifc interface{} = make(chan int)
	_ = ifc
	cs := []chan int{make(chan int, 1), make(chan int, 1)}
	cs[0] <- 1
	cs[1] <- 2
	close(cs[0])
	close(cs[1])
	for _, ch := range cs {
		for v := range ch {
			fmt.Print(v)
		}
	}
	fmt.Println()
}
