package main

import (
	"fmt"
	"strconv"
)

type task struct {
	idx int
	in  string
}

type res struct {
	idx int
	n   int
	err error
}

func main() {
	inputs := []string{"10", "x", "30", "-4", "5e2", "60"}
	tasks := make(chan task)
	results := make(chan res)
	for w := 0; w < 3; w++ {
		go func() {
			for t := range tasks {
				n, err := strconv.Atoi(t.in)
				results <- res{t.idx, n, err}
			}
		}()
	}
	go func() {
		for i, s := range inputs {
			tasks <- task{i, s}
		}
		close(tasks)
	}()
	ordered := make([]res, len(inputs))
	for range inputs {
		r := <-results
		ordered[r.idx] = r
	}
	for _, r := range ordered {
		if r.err != nil {
			fmt.Println(r.idx, "error:", r.err)
		} else {
			fmt.Println(r.idx, r.n)
		}
	}
}
