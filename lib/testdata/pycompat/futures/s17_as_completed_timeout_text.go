package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var fs []*futures.Future
	for range 3 {
		fs = append(fs, ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) }))
	}
	fs = append(fs, ex.Submit(func() any { return "x" }))
	fs[3].Result()
	got := 0
	ch, errf := futures.AsCompletedTimeout(fs, 50*time.Millisecond)
	for range ch {
		got++
	}
	if err := errf(); err != nil {
		fmt.Println(err, got)
	}
	gate.Set()
	ex.Shutdown(true, false)
}
