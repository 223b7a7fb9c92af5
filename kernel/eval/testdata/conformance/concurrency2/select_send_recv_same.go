package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		close(in)
	}()
	results := make(chan int, 3)
	go func() {
		for v := range out {
			results <- v * 10
		}
		close(results)
	}()
	var pending []int
	inC := in
	for inC != nil || len(pending) > 0 {
		var sendC chan int
		var next int
		if len(pending) > 0 {
			sendC = out
			next = pending[0]
		}
		select {
		case v, ok := <-inC:
			if !ok {
				inC = nil
				continue
			}
			pending = append(pending, v)
		case sendC <- next:
			pending = pending[1:]
		}
	}
	close(out)
	for r := range results {
		fmt.Println(r)
	}
}
