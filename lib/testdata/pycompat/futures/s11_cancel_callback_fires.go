package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	var log []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex.SubmitFunc(gate.Wait)
	queued := ex.Submit(func() any { return "never" })
	queued.AddDoneCallback(func(f *futures.Future) {
		log = append(log, fmt.Sprintf("('cb', %s, %s)", pyBool(f.Cancelled()), pyBool(f.Done())))
	})
	fmt.Println(pyBool(queued.Cancel()), pyStrs(log))
	fmt.Println(pyBool(queued.Cancel()), len(log))
	gate.Set()
	ex.Shutdown(true, false)
	if _, err := queued.Result(); err == futures.ErrCancelled {
		fmt.Println("exception() raises CancelledError")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
