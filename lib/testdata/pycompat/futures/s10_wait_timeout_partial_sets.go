package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	fs := []*futures.Future{ex.Submit(func() any { return 1 }), ex.SubmitFunc(gate.Wait), ex.Submit(func() any { return 3 })}
	fs[0].Result()
	fs[2].Result()
	done, notDone := futures.WaitTimeout(fs, 20*time.Millisecond, futures.AllCompleted)
	fmt.Println(len(done), len(notDone), pyBool(len(notDone) == 1 && notDone[0] == fs[1]))
	gate.Set()
	done, notDone = futures.WaitTimeout(fs, 10*time.Second, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
