package main

import (
	"fmt"
	"sync"
)

type Job struct {
	Name  string
	Steps int
}

func (j Job) Run(out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- fmt.Sprintf("%s:%d", j.Name, j.Steps)
}

func (j *Job) Bump() { j.Steps++ }

func main() {
	j := Job{"build", 1}
	run := j.Run
	bump := j.Bump
	bump()
	bump()
	out := make(chan string, 4)
	var wg sync.WaitGroup
	wg.Add(3)
	go run(out, &wg)
	go j.Run(out, &wg)
	j.Steps = 50
	go Job.Run(j, out, &wg)
	wg.Wait()
	close(out)
	var got []string
	for s := range out {
		got = append(got, s)
	}
	counts := map[string]int{}
	for _, g := range got {
		counts[g]++
	}
	fmt.Println(counts["build:1"], counts["build:3"], counts["build:50"], len(got))
	jobs := []Job{{"a", 1}, {"b", 2}}
	fns := []func(){}
	for _, jb := range jobs {
		fns = append(fns, jb.Bump)
	}
	for _, f := range fns {
		f()
	}
	fmt.Println(jobs)
	for i := range jobs {
		fns[i] = jobs[i].Bump
	}
	for _, f := range fns {
		f()
	}
	fmt.Println(jobs)
}
