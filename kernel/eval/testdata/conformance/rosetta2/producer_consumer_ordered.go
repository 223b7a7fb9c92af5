package main

import (
	"fmt"
	"sync"
)

type result struct {
	id, val int
}

func producer(n int) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func main() {
	jobs := producer(20)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * j}
			}
		}(w)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]int, 21)
	sum := 0
	for r := range results {
		ordered[r.id] = r.val
		sum += r.val
	}
	fmt.Println(ordered[1:])
	fmt.Println("sum:", sum)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	done := make(chan []int)
	go func() {
		var got []int
		for len(got) < 5 {
			mu.Lock()
			for len(queue) == 0 {
				cond.Wait()
			}
			got = append(got, queue[0])
			queue = queue[1:]
			mu.Unlock()
		}
		done <- got
	}()
	for i := 0; i < 5; i++ {
		mu.Lock()
		queue = append(queue, i*10)
		cond.Signal()
		mu.Unlock()
	}
	fmt.Println(<-done)
}
