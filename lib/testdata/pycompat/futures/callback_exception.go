package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

var order []string

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return 1 })
	f.Result()
	bad := func(fut *futures.Future) {
		order = append(order, "bad")
		panic("ValueError: callback failed")
	}
	f.AddDoneCallback(bad)
	f.AddDoneCallback(func(fut *futures.Future) { order = append(order, "good") })
	ex.Shutdown(true, false)
	fmt.Printf("['%s', '%s']\n", order[0], order[1])
}
