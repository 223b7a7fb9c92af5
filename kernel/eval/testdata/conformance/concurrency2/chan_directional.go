package main

import "fmt"

func producer(out chan<- string, words []string) {
	for _, w := range words {
		out <- w
	}
	close(out)
}

func consumer(in <-chan string, done chan<- int) {
	n := 0
	for w := range in {
		fmt.Println("got", w)
		n += len(w)
	}
	done <- n
}

func main() {
	ch := make(chan string)
	done := make(chan int)
	go producer(ch, []string{"alpha", "beta", "gamma"})
	go consumer(ch, done)
	fmt.Println("total letters", <-done)
	var ro <-chan string = ch
	var so chan<- string = ch
	fmt.Printf("%T %T %T\n", ch, ro, so)
}
