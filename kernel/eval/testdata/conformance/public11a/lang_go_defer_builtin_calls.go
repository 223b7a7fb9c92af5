package main

import (
	"fmt"
	"sort"
	"sync"
)

func compute(x int, out chan<- int) int {
	out <- x * x
	return x
}

var started = func() int {
	ch := make(chan int, 1)
	go func() { ch <- 7 }()
	return <-ch
}()

func cleanup(m map[string]int, ch chan int) (n int) {
	defer delete(m, "temp")
	defer close(ch)
	defer func() {
		select {
		case v := <-ch:
			n = v
		default:
			n = -1
		}
	}()
	ch <- 42
	return 0
}

func main() {
	fmt.Println("started:", started)
	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	fmt.Println("closed by go close:", !ok)
	out := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		go compute(i, out)
	}
	got := []int{<-out, <-out, <-out}
	sort.Ints(got)
	fmt.Println(got)
	m := map[string]int{"temp": 1, "keep": 2}
	c := make(chan int, 1)
	fmt.Println(cleanup(m, c), m)
	_, ok = <-c
	fmt.Println("cleanup closed chan:", !ok)
	dst := make([]int, 2)
	func() {
		defer copy(dst, []int{9, 8, 7})
	}()
	fmt.Println(dst)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred print in goroutine")
	}()
	wg.Wait()
	errc := make(chan chan error)
	go func() {
		for reply := range errc {
			reply <- fmt.Errorf("handled")
		}
	}()
	r := make(chan error)
	errc <- r
	fmt.Println(<-r)
	close(errc)
}
