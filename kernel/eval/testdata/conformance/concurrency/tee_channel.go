package main

import "fmt"

func tee(in <-chan int) (<-chan int, <-chan int) {
	a, b := make(chan int), make(chan int)
	go func() {
		defer close(a)
		defer close(b)
		for v := range in {
			a1, b1 := a, b
			for i := 0; i < 2; i++ {
				select {
				case a1 <- v:
					a1 = nil
				case b1 <- v:
					b1 = nil
				}
			}
		}
	}()
	return a, b
}

func main() {
	in := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	a, b := tee(in)
	for v := range a {
		w := <-b
		fmt.Println(v, w)
	}
}
