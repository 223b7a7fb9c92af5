package main

import "fmt"

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- 1
		b <- 2
	}
	counts := map[int]int{}
	for i := 0; i < 100; i++ {
		select {
		case v := <-a:
			counts[v]++
		case v := <-b:
			counts[v]++
		}
	}
	fmt.Println("total", counts[1]+counts[2])
	fmt.Println("both chosen:", counts[1] > 0 && counts[2] > 0)
	fmt.Println("left", len(a)+len(b))
}
