package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(i, v, ok)
	}
	v := <-ch
	fmt.Println("zero after close:", v)
	var s chan string = make(chan string)
	close(s)
	x, ok := <-s
	fmt.Printf("%q %v\n", x, ok)
}
