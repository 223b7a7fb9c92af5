package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	Job    Job
	Square int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- Result{Job: j, Square: j.N * j.N, Worker: id}
	}
}

func main() {
	jobs := make(chan Job, 100)
	results := make(chan Result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 9; i++ {
		jobs <- Job{ID: i, N: i + 1}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job.ID < all[j].Job.ID })
	sum := 0
	for _, r := range all {
		fmt.Printf("job %d: %d^2 = %d\n", r.Job.ID, r.Job.N, r.Square)
		sum += r.Square
	}
	fmt.Println(len(all), sum, len(workers) >= 1)
}
