package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	select {
	case ch <- 3:
		fmt.Println("sent 3")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 4:
		fmt.Println("sent 4")
	default:
		fmt.Println("full")
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var recvOnly <-chan int = ch
	v, ok := <-recvOnly
	fmt.Println(v, ok)
	unbuf := make(chan string)
	go func() { unbuf <- "hello" }()
	fmt.Println(<-unbuf)
	done := make(chan struct{})
	res := make(chan int)
	go func() {
		defer close(done)
		sum := 0
		for x := range res {
			sum += x
		}
		fmt.Println("sum", sum)
	}()
	for i := 1; i <= 10; i++ {
		res <- i
	}
	close(res)
	<-done
}
