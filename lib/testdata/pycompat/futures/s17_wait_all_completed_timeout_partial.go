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
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	quick := ex.Submit(func() any { return 5 })
	slow := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	quick.Result()
	done, notDone := futures.WaitTimeout([]*futures.Future{quick, slow}, 50*time.Millisecond, futures.AllCompleted)
	r, _ := done[0].Result()
	fmt.Printf("[%v] %d %s\n", r, len(notDone), pyBool(notDone[0] == slow))
	gate.Set()
	done, notDone = futures.WaitTimeout([]*futures.Future{quick, slow}, 30*time.Second, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	ex.Shutdown(true, false)
}
