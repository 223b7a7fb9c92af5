package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	sum := 0
	for v := range ch {
		sum += v
		fmt.Println("got", v)
	}
	fmt.Println(sum)
}
