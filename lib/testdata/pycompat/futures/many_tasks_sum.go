package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func sum(n int) int {
	s := 0
	for i := range n {
		s += i
	}
	return s
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var fs []*futures.Future
	for i := range 100 {
		fs = append(fs, ex.Submit(func() any { return sum(i) }))
	}
	total := 0
	for f := range futures.AsCompleted(fs) {
		r, _ := f.Result()
		total += r.(int)
	}
	ex.Shutdown(true, false)
	fmt.Println(total)
}
