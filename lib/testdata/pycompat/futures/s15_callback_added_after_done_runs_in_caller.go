package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var where []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "pool"}
	f := ex.Submit(func() any { return 5 })
	f.Result()
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		where = append(where, fmt.Sprintf("('%s', %v)", threading.CurrentThread().GetName(), r))
	})
	ex.Shutdown(true, false)
	fmt.Printf("[%s]\n", where[0])
}
