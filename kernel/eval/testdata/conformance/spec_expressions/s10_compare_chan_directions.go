package main

import "fmt"

// A bidirectional channel compares with a receive-only or send-only
// channel of the same element type: they are equal when they are the same
// channel (the interpreter refused it with "mismatched types chan int and
// <-chan int", and then found them always different).

type pipe struct {
	in  chan<- string
	out <-chan string
}

func main() {
	c := make(chan string, 1)
	other := make(chan string)
	p := pipe{in: c, out: c}
	fmt.Println(c == p.out, p.out == c, c == p.in, p.in != c)
	fmt.Println(other == p.out, other != p.in)
	if c == p.out {
		fmt.Println("same channel")
	}
	var anyC, anyOut any = c, p.out
	fmt.Println(anyC == anyOut)
}
