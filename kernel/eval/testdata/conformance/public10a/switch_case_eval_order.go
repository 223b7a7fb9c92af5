package main

import "fmt"

var log []string

func v(name string, x int) int {
	log = append(log, name)
	return x
}

func main() {
	// Case expressions are evaluated left to right, top to bottom, until one matches.
	switch v("tag", 3) {
	case v("a", 1), v("b", 2):
		fmt.Println("first")
	case v("c", 3), v("d", 4):
		fmt.Println("second")
	case v("e", 3):
		fmt.Println("third")
	}
	fmt.Println(log)
	log = nil
	switch {
	case v("x", 0) > 0:
	case v("y", 1) > 0:
		fmt.Println("y matched")
	default:
		v("never", 0)
	}
	fmt.Println(log)
	// The select's channel and value operands are all evaluated once, in order.
	log = nil
	chans := []chan int{make(chan int, 1), make(chan int, 1)}
	pick := func(name string, i int) chan int {
		log = append(log, name)
		return chans[i]
	}
	select {
	case pick("recv0", 0) <- v("send0", 5):
	case <-pick("recv1", 1):
	}
	fmt.Println(log, len(chans[0]))
}
