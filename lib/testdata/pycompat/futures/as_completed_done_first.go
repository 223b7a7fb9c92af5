package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	slow := ex.Submit(func() any { gate.Wait(); return "slow" })
	fast := ex.Submit(func() any { return "fast" })
	fast.Result()
	it := futures.AsCompleted([]*futures.Future{slow, fast})
	r, _ := (<-it).Result()
	fmt.Println(r)
	gate.Set()
	r, _ = (<-it).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}
