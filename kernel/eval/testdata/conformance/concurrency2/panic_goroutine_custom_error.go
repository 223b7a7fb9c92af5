package main

import (
	"fmt"
	"sync"
)

type JobError struct {
	ID     int
	Reason string
}

func (e *JobError) Error() string { return fmt.Sprintf("job %d: %s", e.ID, e.Reason) }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		panic(&JobError{7, "corrupt input"})
	}()
	wg.Wait()
	select {}
}
