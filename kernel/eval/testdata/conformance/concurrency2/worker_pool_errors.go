package main

import (
	"errors"
	"fmt"
	"sync"
)

type job struct {
	id int
	x  int
}

type outcome struct {
	id  int
	val int
	err error
}

var errOdd = errors.New("odd input")

func process(j job) (int, error) {
	if j.x%2 == 1 {
		return 0, fmt.Errorf("job %d: %w", j.id, errOdd)
	}
	return j.x / 2, nil
}

func main() {
	jobs := make(chan job, 10)
	outs := make([]outcome, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := process(j)
				outs[j.id] = outcome{j.id, v, err}
			}
		}()
	}
	for i := 0; i < 10; i++ {
		jobs <- job{i, i * 3}
	}
	close(jobs)
	wg.Wait()
	nerr := 0
	for _, o := range outs {
		if o.err != nil {
			nerr++
			fmt.Println("error:", o.err, errors.Is(o.err, errOdd))
			continue
		}
		fmt.Println("ok:", o.id, o.val)
	}
	fmt.Println("errors", nerr)
}
