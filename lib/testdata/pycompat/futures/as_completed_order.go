package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gates [3]threading.Event

func task(i int) any {
	gates[i].Wait()
	return i
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := range 3 {
		fs = append(fs, ex.Submit(func() any { return task(i) }))
	}
	var order []any
	it := futures.AsCompleted(fs)
	for _, i := range []int{2, 0, 1} {
		gates[i].Set()
		f := <-it
		r, _ := f.Result()
		order = append(order, r)
	}
	fmt.Printf("[%v, %v, %v]\n", order...)
	ex.Shutdown(true, false)
}
