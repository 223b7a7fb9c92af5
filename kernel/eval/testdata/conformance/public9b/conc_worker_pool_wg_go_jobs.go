package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	Job   Job
	Words int
	Upper string
}

func (r Result) String() string {
	return fmt.Sprintf("#%d %-12q words=%d %s", r.Job.ID, r.Job.Text, r.Words, r.Upper)
}

func worker(jobs <-chan Job, results chan<- Result) {
	for j := range jobs {
		results <- Result{Job: j, Words: len(strings.Fields(j.Text)), Upper: strings.ToUpper(j.Text)}
	}
}

func main() {
	texts := []string{"go is fun", "channels", "wait groups rock", "", "a b c d"}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() { worker(jobs, results) })
	}
	for i, t := range texts {
		jobs <- Job{ID: i + 1, Text: t}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job.ID < all[j].Job.ID })
	for _, r := range all {
		fmt.Println(r)
	}
	var ss []fmt.Stringer
	for _, r := range all[:2] {
		ss = append(ss, r)
	}
	fmt.Println(ss)
	fmt.Printf("%v\n", all[1])
	fmt.Printf("%+v\n", all[1].Job)
}
