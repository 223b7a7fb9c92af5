package main

import (
	"fmt"
	"sync"
)

func produce[T any](vals []T, out chan<- T, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, v := range vals {
		out <- v
	}
}

type Acc[T interface{ ~int | ~float64 }] struct {
	mu  sync.Mutex
	sum T
	n   int
}

func (a *Acc[T]) Add(v T) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sum += v
	a.n++
}

func (a *Acc[T]) drain(ch <-chan T, done chan<- struct{}) {
	for v := range ch {
		a.Add(v)
	}
	done <- struct{}{}
}

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go produce[int]([]int{1, 2, 3}, ch, &wg)
	go produce([]int{10, 20}, ch, &wg)
	acc := &Acc[int]{}
	done := make(chan struct{})
	go acc.drain(ch, done)
	wg.Wait()
	close(ch)
	<-done
	fmt.Println(acc.sum, acc.n)

	fch := make(chan float64, 3)
	facc := new(Acc[float64])
	drain := facc.drain
	fch <- 1.5
	fch <- 2.25
	close(fch)
	go drain(fch, done)
	<-done
	fmt.Println(facc.sum, facc.n)
	defer fmt.Println("deferred generic:", facc.sum)
	defer facc.Add(100)
}
