package main

import (
	"errors"
	"fmt"
)

var errBusy = errors.New("busy")

func attempt(n int, results chan<- int, errs chan<- error) {
	if n < 3 {
		errs <- fmt.Errorf("attempt %d: %w", n, errBusy)
		return
	}
	results <- n * 100
}

func main() {
	results := make(chan int, 1)
	errs := make(chan error, 1)
	n := 0
	var log []string
again:
	n++
	attempt(n, results, errs)
	switch {
	case n > 10:
		fmt.Println("giving up")
	default:
		select {
		case err := <-errs:
			log = append(log, err.Error())
			if errors.Is(err, errBusy) {
				goto again
			}
		case r := <-results:
			log = append(log, fmt.Sprint("ok ", r))
		}
	}
	for _, l := range log {
		fmt.Println(l)
	}
}
