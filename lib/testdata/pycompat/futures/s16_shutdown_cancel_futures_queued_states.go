package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var started, gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	first := ex.Submit(func() any {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
		return "first"
	})
	var queued []*futures.Future
	for i := 0; i < 3; i++ {
		i := i
		queued = append(queued, ex.Submit(func() any { return 1 << i }))
	}
	started.Wait()
	threading.NewTimer(300*time.Millisecond, gate.Set).Start()
	ex.Shutdown(true, true)
	v, _ := first.Result()
	var c, d []string
	for _, f := range queued {
		c = append(c, py(f.Cancelled()))
		d = append(d, py(f.Done()))
	}
	fmt.Println(v, "["+strings.Join(c, ", ")+"]", "["+strings.Join(d, ", ")+"]")
	if _, err := queued[0].Result(); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError", "''")
	}
}
