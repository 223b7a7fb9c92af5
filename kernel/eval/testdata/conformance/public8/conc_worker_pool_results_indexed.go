package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID   int
	Collatz int
	Worker  int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan Job)
	results := make(chan Result, 4)
	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- Result{JobID: j.ID, Collatz: collatzSteps(j.N), Worker: id}
			}
		}(w)
	}
	go func() {
		for i, n := range []int{27, 7, 97, 1, 871, 6171, 12} {
			jobs <- Job{i, n}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]int, 7)
	perWorker := map[int]int{}
	for r := range results {
		out[r.JobID] = r.Collatz
		perWorker[r.Worker]++
	}
	fmt.Println(out)
	total := 0
	for w := 1; w <= workers; w++ {
		total += perWorker[w]
	}
	fmt.Println("jobs done:", total)
}
