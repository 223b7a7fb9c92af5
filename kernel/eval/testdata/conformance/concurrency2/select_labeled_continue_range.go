package main

import "fmt"

func main() {
	in := make(chan int, 10)
	for i := 0; i < 10; i++ {
		in <- i
	}
	close(in)
	stop := make(chan struct{})
	var kept []int
outer:
	for v := range in {
		select {
		case <-stop:
			break outer
		default:
			if v%3 == 0 {
				continue outer
			}
			if v == 8 {
				close(stop)
			}
		}
		kept = append(kept, v)
	}
	fmt.Println(kept)
}
