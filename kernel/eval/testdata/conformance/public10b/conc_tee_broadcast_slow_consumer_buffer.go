package main

import (
	"fmt"
	"sync"
)

func broadcast(src <-chan int, n, buf int) []<-chan int {
	outs := make([]chan int, n)
	ro := make([]<-chan int, n)
	for i := range outs {
		outs[i] = make(chan int, buf)
		ro[i] = outs[i]
	}
	go func() {
		for v := range src {
			for _, o := range outs {
				o <- v
			}
		}
		for _, o := range outs {
			close(o)
		}
	}()
	return ro
}

func main() {
	src := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			src <- i
		}
		close(src)
	}()
	outs := broadcast(src, 3, 2)
	sums := make([]int, len(outs))
	counts := make([]int, len(outs))
	var wg sync.WaitGroup
	for i, o := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range o {
				sums[i] += v * (i + 1)
				counts[i]++
			}
		}()
	}
	wg.Wait()
	fmt.Println(sums, counts)
}
