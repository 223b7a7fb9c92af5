package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * 10
	}
}

func main() {
	total := 0
	for v := range merge(sq(gen(1, 2, 3)), sq(gen(4, 5))) {
		total += v
	}
	fmt.Println("sum of squares", total)

	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Print(<-r.reply, " ")
	}
	close(reqs)
	fmt.Println()

	// ping-pong keeps order deterministic
	ping, pong := make(chan int), make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-done
	fmt.Println("ping-pong", v)

	// a semaphore of buffered channel, results by index
	sem := make(chan struct{}, 2)
	results := make([]int, 6)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println(results, len(sem), cap(sem))

	// nil channel in select disables a case
	a, b := make(chan int, 3), make(chan int, 3)
	for i := 0; i < 3; i++ {
		a <- i
		b <- 10 + i
	}
	close(a)
	close(b)
	var got []int
	for a != nil || b != nil {
		select {
		case x, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, x)
		case x, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, x)
		}
	}
	sum := 0
	for _, g := range got {
		sum += g
	}
	fmt.Println(len(got), sum)
	var chOfCh = make(chan chan string, 1)
	inner := make(chan string, 1)
	chOfCh <- inner
	(<-chOfCh) <- "through"
	fmt.Println(<-inner)
}
