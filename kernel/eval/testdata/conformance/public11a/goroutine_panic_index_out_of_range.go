package main

import "fmt"

func main() {
	data := []int{1, 2, 3}
	fmt.Println("start", len(data))
	ch := make(chan int)
	go func() {
		idx := len(data) + 2
		ch <- data[idx]
	}()
	fmt.Println(<-ch)
}
