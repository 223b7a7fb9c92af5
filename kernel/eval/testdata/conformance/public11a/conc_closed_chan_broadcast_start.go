package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var ready, done sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			ready.Done()
			<-start
			results[i] = (i + 1) * 100
		}()
	}
	ready.Wait()
	fmt.Println("all ready; results before:", results)
	close(start)
	done.Wait()
	fmt.Println("results after:", results)
	_, ok := <-start
	fmt.Println("start closed:", !ok)
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	bc := make(chan int, 3)
	bc <- 1
	bc <- 2
	close(bc)
	fmt.Println(len(bc), cap(bc))
	for v := range bc {
		fmt.Print(v, " ")
	}
	fmt.Println(len(bc))
}
