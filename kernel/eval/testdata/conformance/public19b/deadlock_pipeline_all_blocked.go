package main

import "fmt"

func stage(name string, in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	fmt.Println(name, "done")
	close(out)
}

func main() {
	src := make(chan int)
	mid := make(chan int)
	dst := make(chan int)
	go stage("a", src, mid)
	go stage("b", mid, dst)
	go func() {
		for i := 1; i <= 3; i++ {
			src <- i
		}
		// forgot close(src)
	}()
	for v := range dst {
		fmt.Println("result", v)
	}
	fmt.Println("unreachable")
}
