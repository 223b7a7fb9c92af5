package main

import (
	"fmt"
	"sync"
)

type Job struct {
	Name  string
	Count int
}

func (j Job) Run(out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	j.Count++
	out <- fmt.Sprintf("%s:%d", j.Name, j.Count)
}

func (j *Job) RunPtr(wg *sync.WaitGroup) {
	defer wg.Done()
	j.Count += 10
}

func main() {
	j := Job{"build", 1}
	out := make(chan string, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go j.Run(out, &wg)
	go j.RunPtr(&wg)
	wg.Wait()
	fmt.Println(<-out, j.Count)
	jobs := []Job{{"a", 0}, {"b", 0}}
	for i := range jobs {
		wg.Add(1)
		go jobs[i].RunPtr(&wg)
	}
	wg.Wait()
	fmt.Println(jobs)
}
