package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

var (
	jobs     = make(chan int, 10)
	results  = make(chan string, 10)
	wg       sync.WaitGroup
	mu       sync.Mutex
	counter  int64
	registry = map[string]int{}
	started  atomic.Bool
)

func init() {
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i)
	}
	started.Store(true)
}

func worker(id int) {
	defer wg.Done()
	for j := range jobs {
		atomic.AddInt64(&counter, 1)
		mu.Lock()
		registry[fmt.Sprintf("job%d", j)] = j * j
		mu.Unlock()
		results <- fmt.Sprintf("job %d squared = %d", j, j*j)
	}
}

func main() {
	fmt.Println("started in init:", started.Load())
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("processed:", atomic.LoadInt64(&counter), "registry:", len(registry), registry["job6"])
}
