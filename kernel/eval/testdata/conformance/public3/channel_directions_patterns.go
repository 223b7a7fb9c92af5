package main

import (
	"fmt"
	"strings"
)

func producer(words []string) <-chan string {
	out := make(chan string, len(words))
	for _, w := range words {
		out <- w
	}
	close(out)
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- strings.ToUpper(s)
		}
	}()
	return out
}

func sink(in <-chan string, done chan<- []string) {
	var all []string
	for s := range in {
		all = append(all, s)
	}
	done <- all
}

func fanIn[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	remaining := len(chans)
	finished := make(chan struct{})
	for _, c := range chans {
		go func() {
			for v := range c {
				out <- v
			}
			finished <- struct{}{}
		}()
	}
	go func() {
		for range remaining {
			<-finished
		}
		close(out)
	}()
	return out
}

func main() {
	done := make(chan []string)
	go sink(upper(producer([]string{"go", "chan", "dir"})), done)
	fmt.Println(<-done)
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := range 3 {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			b <- i
		}
		close(b)
	}()
	total := 0
	n := 0
	for v := range fanIn(a, b) {
		total += v
		n++
	}
	fmt.Println(n, total)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	<-ch
	v, ok = <-ch
	fmt.Println(v, ok)
	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T %T %v\n", send, recv, cap(send))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(ch)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ch <- 3
	}()
}
