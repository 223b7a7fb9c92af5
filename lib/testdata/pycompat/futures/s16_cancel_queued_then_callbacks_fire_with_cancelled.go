package main

import (
	"fmt"
	"sort"
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
	var gate, started threading.Event
	var log []string
	var mu threading.Lock
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex.SubmitFunc(func() {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
	})
	started.Wait()
	var queued []*futures.Future
	for i := 0; i < 3; i++ {
		i := i
		queued = append(queued, ex.Submit(func() any { return 1 << i }))
	}
	for i, f := range queued {
		i := i
		f.AddDoneCallback(func(fut *futures.Future) {
			mu.Acquire()
			log = append(log, fmt.Sprintf("(%d, %s)", i, py(fut.Cancelled())))
			mu.Release()
		})
	}
	c0 := queued[0].Cancel()
	c2 := queued[2].Cancel()
	fmt.Printf("cancel: [%s, %s]\n", py(c0), py(c2))
	show := func() string {
		mu.Acquire()
		defer mu.Release()
		s := append([]string(nil), log...)
		sort.Strings(s)
		return "[" + strings.Join(s, ", ") + "]"
	}
	fmt.Println("callbacks so far:", show())
	gate.Set()
	ex.Shutdown(true, false)
	v, _ := queued[1].Result()
	fmt.Println("after shutdown:", show(), v)
}
