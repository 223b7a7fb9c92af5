package main

import (
	"fmt"
	"sync"
)

type WorkerState int32

const (
	Starting WorkerState = iota
	Running
	Draining
	Stopped
)

func (s WorkerState) String() string {
	return [...]string{"Starting", "Running", "Draining", "Stopped"}[s]
}

type Worker struct {
	id    int
	mu    sync.Mutex
	state WorkerState
	log   []WorkerState
}

func (w *Worker) set(s WorkerState) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.state = s
	w.log = append(w.log, s)
}

func (w *Worker) Run(jobs <-chan int, wg *sync.WaitGroup, total *int, tmu *sync.Mutex) {
	defer wg.Done()
	w.set(Running)
	for j := range jobs {
		tmu.Lock()
		*total += j
		tmu.Unlock()
	}
	w.set(Draining)
	w.set(Stopped)
}

func main() {
	workers := make([]*Worker, 3)
	jobs := make(chan int)
	var wg sync.WaitGroup
	total := 0
	var tmu sync.Mutex
	for i := range workers {
		workers[i] = &Worker{id: i}
		workers[i].set(Starting)
		wg.Add(1)
		go workers[i].Run(jobs, &wg, &total, &tmu)
	}
	for i := 1; i <= 100; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for _, w := range workers {
		fmt.Printf("worker %d: %v final=%s\n", w.id, w.log, w.state)
	}
	fmt.Println("total:", total)
	fmt.Printf("%v %d %q\n", Draining, Draining, Stopped)
}
