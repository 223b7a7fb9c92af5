package main

import "fmt"

func producer(done <-chan struct{}, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := start; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func consumer(in <-chan int, n int, report chan<- []int) {
	var got []int
	for v := range in {
		if v%3 == 0 {
			continue
		}
		got = append(got, v)
		if len(got) == n {
			break
		}
	}
	report <- got
}

func main() {
	done := make(chan struct{})
	in := producer(done, 10)
	report := make(chan []int)
	go consumer(in, 7, report)
	got := <-report
	close(done)
	fmt.Println("consumed:", got)
	// drain: the producer closes its channel after done
	n := 0
	for range in {
		n++
	}
	fmt.Println("drained at most one:", n <= 1)
	_, ok := <-in
	fmt.Println("closed:", !ok)
}
