package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var gate, started threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	first := ex.Submit(func() any { started.Set(); return gate.WaitTimeout(30 * time.Second) })
	queued := ex.Submit(func() any { return 27 })
	started.WaitTimeout(30 * time.Second)
	stopper := &threading.Thread{Target: func() { ex.Shutdown(false, true) }}
	stopper.Start()
	done, _ := futures.WaitTimeout([]*futures.Future{queued}, 300*time.Millisecond, futures.FirstCompleted)
	fmt.Println(len(done), pyBool(queued.Cancelled()))
	gate.Set()
	stopper.Join()
	ex.Shutdown(true, false)
	fmt.Println(pyBool(first.Done()), pyBool(first.Cancelled()))
}
