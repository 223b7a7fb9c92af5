package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch)
	n := 0
	for range ch {
		n++
	}
	fmt.Println("count", n)
	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(done)
		for v := range ticks {
			if v%2 == 0 {
				continue
			}
			fmt.Println("odd", v)
		}
	}()
	for i := 0; i < 5; i++ {
		ticks <- i
	}
	close(ticks)
	<-done
}
