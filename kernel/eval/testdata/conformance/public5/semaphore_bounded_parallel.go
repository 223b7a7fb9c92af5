package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func main() {
	const limit = 3
	sem := make(Semaphore, limit)
	var inFlight, maxInFlight atomic.Int32
	var wg sync.WaitGroup
	squares := make([]int, 12)
	for i := range squares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			n := inFlight.Add(1)
			for {
				m := maxInFlight.Load()
				if n <= m || maxInFlight.CompareAndSwap(m, n) {
					break
				}
			}
			squares[i] = i * i
			inFlight.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println(squares)
	fmt.Println("max in flight <= limit:", maxInFlight.Load() <= limit, "final:", inFlight.Load(), len(sem))

	tokens := make(chan int, 2)
	tokens <- 1
	tokens <- 2
	select {
	case tokens <- 3:
		fmt.Println("unexpected")
	default:
		fmt.Println("full:", len(tokens), cap(tokens))
	}
	close(tokens)
	for t := range tokens {
		fmt.Print(t, " ")
	}
	v, ok := <-tokens
	fmt.Println(v, ok)
}
