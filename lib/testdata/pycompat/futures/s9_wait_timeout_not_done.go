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
	fs := []*futures.Future{ex.SubmitFunc(gate.Wait), ex.Submit(func() any { return 2 })}
	fs[1].Result()
	done, notDone := futures.WaitTimeout(fs, 50*time.Millisecond, futures.AllCompleted)
	fmt.Println(len(done), len(notDone), pyBool(len(notDone) == 1 && notDone[0] == fs[0]))
	gate.Set()
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
