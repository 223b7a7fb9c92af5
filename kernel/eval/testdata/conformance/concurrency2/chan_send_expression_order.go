package main

import "fmt"

var trace []string

func ch(c chan int, name string) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(v int) int {
	trace = append(trace, fmt.Sprint("val ", v))
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	select {
	case ch(a, "a") <- val(1):
	case ch(b, "b") <- val(2):
	}
	fmt.Println(trace)
	fmt.Println(len(a)+len(b) == 1)
	trace = nil
	c := make(chan int, 1)
	ch(c, "c") <- val(3) + 0*len(trace)
	fmt.Println(trace)
}
