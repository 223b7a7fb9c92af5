package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	ch <- 7
	select {
	case v, ok := <-ch:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("empty")
	}
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("never")
	default:
		fmt.Println("nil chan blocks")
	}
	close(ch)
	select {
	case v, ok := <-ch:
		fmt.Println("closed", v, ok)
	default:
		fmt.Println("no")
	}
}
