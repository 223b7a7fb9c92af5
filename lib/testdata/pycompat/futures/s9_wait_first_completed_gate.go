package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	slow := []*futures.Future{ex.SubmitFunc(gate.Wait), ex.SubmitFunc(gate.Wait)}
	quick := ex.Submit(func() any { return "quick" })
	done, notDone := futures.Wait(append(slow, quick), futures.FirstCompleted)
	r, _ := done[0].Result()
	fmt.Printf("%d %d ['%v']\n", len(done), len(notDone), r)
	gate.Set()
	ex.Shutdown(true, false)
}
