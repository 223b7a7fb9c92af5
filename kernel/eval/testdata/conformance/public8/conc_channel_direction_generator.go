package main

import "fmt"

func fib(n int) <-chan int {
	ch := make(chan int, n)
	go func() {
		defer close(ch)
		a, b := 0, 1
		for range n {
			ch <- a
			a, b = b, a+b
		}
	}()
	return ch
}

func sink(in <-chan int, out chan<- string) {
	for v := range in {
		out <- fmt.Sprintf("<%d>", v)
	}
	close(out)
}

func tee(in <-chan int) (<-chan int, <-chan int) {
	a, b := make(chan int), make(chan int)
	go func() {
		defer close(a)
		defer close(b)
		for v := range in {
			a, b := a, b
			for range 2 {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				}
			}
		}
	}()
	return a, b
}

func main() {
	out := make(chan string)
	go sink(fib(10), out)
	for s := range out {
		fmt.Print(s)
	}
	fmt.Println()
	x, y := tee(fib(6))
	sumx, sumy := 0, 0
	done := make(chan bool)
	go func() {
		for v := range y {
			sumy += v
		}
		done <- true
	}()
	for v := range x {
		sumx += v
	}
	<-done
	fmt.Println(sumx, sumy)
	var ro <-chan int = fib(3)
	v, ok := <-ro
	fmt.Println(v, ok, len(ro), cap(ro))
}
