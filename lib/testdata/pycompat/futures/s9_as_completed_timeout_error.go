package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	fs := []*futures.Future{ex.Submit(func() any { return "fast" }), ex.SubmitFunc(gate.Wait)}
	var got []any
	ch, errf := futures.AsCompletedTimeout(fs, time.Second)
	for f := range ch {
		r, _ := f.Result()
		got = append(got, r)
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("['%v']\n", got[0])
	gate.Set()
	ex.Shutdown(true, false)
}
