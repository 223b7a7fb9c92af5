package main

import (
	"fmt"
	"sync"
)

type TaskError struct {
	ID  int
	Why string
}

func (e TaskError) Error() string { return fmt.Sprintf("task %d: %s", e.ID, e.Why) }

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	done := make(chan struct{})
	go func() {
		defer close(done)
		panic(TaskError{7, "disk full"})
	}()
	<-done
	select {}
}
