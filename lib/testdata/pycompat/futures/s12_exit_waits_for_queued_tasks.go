package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	var gate threading.Event
	task := func(i int) {
		gate.Wait()
		time.Sleep(10 * time.Millisecond)
		fmt.Println("task", i, "done")
	}
	for i := range 3 {
		ex.SubmitFunc(func() { task(i) })
	}
	var ds []string
	for _, t := range threading.Enumerate() {
		if t != threading.MainThread() {
			if t.IsDaemon() {
				ds = append(ds, "True")
			} else {
				ds = append(ds, "False")
			}
		}
	}
	fmt.Println("main done, workers daemon:", "["+strings.Join(ds, ", ")+"]")
	gate.Set()
	// Python waits for the non-daemon threads (and the executor's queued
	// tasks) at exit; a Go program says so.
	threading.JoinAll()
}
