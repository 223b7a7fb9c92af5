package main

import (
	"fmt"
	"os"
	"sync"
)

type Task struct {
	ID   int
	Data []int
}

func (t Task) Run() int {
	return t.Data[t.ID]
}

func main() {
	tasks := []Task{{0, []int{5}}, {1, []int{1, 2}}, {3, []int{1}}}
	var wg sync.WaitGroup
	fmt.Fprintln(os.Stderr, "starting tasks")
	results := make([]int, 2)
	for i, t := range tasks[:2] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = t.Run()
		}()
	}
	wg.Wait()
	fmt.Println("results:", results)
	done := make(chan bool)
	go func() {
		tasks[2].Run()
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
