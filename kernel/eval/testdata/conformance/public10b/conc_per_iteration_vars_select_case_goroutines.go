package main

import (
	"fmt"
	"sort"
	"sync"
)

func firstEven(chs ...chan int) int {
	for {
		for _, c := range chs {
			select {
			case v, ok := <-c:
				if !ok {
					continue
				}
				if v%2 == 0 {
					return v
				}
			default:
			}
		}
	}
}

func main() {
	src := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		src <- i * 11
	}
	close(src)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for v := range src {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, v)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	a, b := make(chan int, 3), make(chan int, 3)
	a <- 1
	a <- 3
	b <- 5
	b <- 8
	fmt.Println(firstEven(a, b))

	in := make(chan string, 3)
	in <- "x"
	in <- "y"
	in <- "z"
	close(in)
	got2 := make([]string, 0)
	for {
		var stop bool
		select {
		case s, ok := <-in:
			if !ok {
				stop = true
				break
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				got2 = append(got2, s+s)
				mu.Unlock()
			}()
		}
		if stop {
			break
		}
	}
	wg.Wait()
	sort.Strings(got2)
	fmt.Println(got2)

	res := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			defer func() { res <- fmt.Sprint("deferred ", i) }()
		}
		res <- "body done"
	}()
	for i := 0; i < 4; i++ {
		fmt.Println(<-res)
	}

	var depth func(n int, out chan<- int)
	depth = func(n int, out chan<- int) {
		if n == 0 {
			out <- 0
			return
		}
		c := make(chan int)
		go depth(n-1, c)
		out <- <-c + n
	}
	out := make(chan int)
	go depth(50, out)
	fmt.Println(<-out)
}
