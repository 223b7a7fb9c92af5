package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		if v == 1 {
			continue
		}
		fmt.Println(v)
	}
}
