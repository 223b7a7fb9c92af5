package main

import (
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		sum := 0
		for d := j.Input; d > 0; d /= 10 {
			sum += d % 10
		}
		results <- Result{j.ID, sum, id}
	}
}

func main() {
	const numJobs = 12
	jobs := make(chan Job, numJobs)
	results := make(chan Result, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= numJobs; i++ {
		jobs <- Job{i, i * 1234}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %2d -> %d\n", r.JobID, r.Output)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("jobs done:", total, "workers used <= 3:", len(perWorker) <= 3)
}
