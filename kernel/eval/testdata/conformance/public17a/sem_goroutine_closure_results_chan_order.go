package main

import (
	"fmt"
	"strings"
)

func main() {
	type result struct {
		idx int
		out string
	}
	inputs := []string{"go", "is", "fun", "and", "fast"}
	ch := make(chan result)
	for i, s := range inputs {
		go func() {
			ch <- result{i, strings.ToUpper(s)}
		}()
	}
	out := make([]string, len(inputs))
	for range inputs {
		r := <-ch
		out[r.idx] = r.out
	}
	fmt.Println(strings.Join(out, " "))
	done := make(chan struct{})
	seq := make(chan int)
	go func() {
		defer close(done)
		for v := range seq {
			fmt.Print(v, " ")
		}
		fmt.Println()
	}()
	for i := 0; i < 5; i++ {
		seq <- i * i
	}
	close(seq)
	<-done
	futures := make([]chan int, 4)
	for i := range futures {
		futures[i] = make(chan int, 1)
		go func(c chan<- int, n int) { c <- n * 10 }(futures[i], i)
	}
	for _, f := range futures {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
}
