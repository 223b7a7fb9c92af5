package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(n int) <-chan int {
	ch := make(chan int, 2)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

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

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func main() {
	a, b := tee(producer(5))
	var wg sync.WaitGroup
	var sa, sb []int
	wg.Add(2)
	go func() {
		defer wg.Done()
		for v := range a {
			sa = append(sa, v)
		}
	}()
	go func() {
		defer wg.Done()
		for v := range b {
			sb = append(sb, v*10)
		}
	}()
	wg.Wait()
	fmt.Println(sa, sb)

	done := make(chan struct{})
	inf := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case inf <- i:
			case <-done:
				close(inf)
				return
			}
		}
	}()
	var got []int
	for v := range orDone(done, inf) {
		got = append(got, v)
		if len(got) == 5 {
			close(done)
			break
		}
	}
	fmt.Println(got)

	results := make(chan string)
	var wg2 sync.WaitGroup
	for _, name := range []string{"x", "y", "z"} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results <- "hello " + name
		}()
	}
	go func() { wg2.Wait(); close(results) }()
	var all []string
	for r := range results {
		all = append(all, r)
	}
	sort.Strings(all)
	fmt.Println(all)

	buffered := make(chan int, 3)
	buffered <- 1
	buffered <- 2
	fmt.Println(len(buffered), cap(buffered))
	close(buffered)
	for v := range buffered {
		fmt.Print(v, " ")
	}
	v, ok := <-buffered
	fmt.Println(v, ok)

	var once sync.Once
	quit := make(chan struct{})
	closeQuit := func() { once.Do(func() { close(quit) }) }
	closeQuit()
	closeQuit()
	_, open := <-quit
	fmt.Println("quit open:", open)

	sem := make(chan struct{}, 1)
	counter := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			sem <- struct{}{}
			counter++
			<-sem
		}()
	}
	wg3.Wait()
	fmt.Println(counter)

	chs := []chan int{make(chan int, 1), make(chan int, 1)}
	chs[1] <- 42
	select {
	case v := <-chs[0]:
		fmt.Println("0", v)
	case v := <-chs[1]:
		fmt.Println("1", v)
	}
	var dir chan<- int = chs[0]
	dir <- 7
	fmt.Println(<-chs[0])
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	n := 0
	for i := 0; i < 5; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	_, more := <-pong
	fmt.Println(n, more)
}
