package main

import "fmt"

func main() {
	ready := make(chan int, 1)
	ready <- 1
	count := map[string]int{}
	for i := 0; i < 10; i++ {
		select {
		case v := <-ready:
			count["recv"]++
			ready <- v
		default:
			count["default"]++
		}
	}
	fmt.Println(count["recv"], count["default"])
	// With two ready cases, either may run: count only the total.
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 50; i++ {
		a <- i
		b <- i
	}
	total := 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			total++
		case <-b:
			total++
		}
	}
	fmt.Println(total, len(a)+len(b))
	// An empty select with a nil channel and a default.
	var nilch chan int
	select {
	case nilch <- 1:
	default:
		fmt.Println("nil send blocks, default runs")
	}
}
