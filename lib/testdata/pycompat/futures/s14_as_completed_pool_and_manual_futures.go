package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	manual := futures.NewFuture()
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	pooled := ex.Submit(func() any {
		if gate.WaitTimeout(10 * time.Second) {
			return "pooled"
		}
		return false
	})
	fs := map[*futures.Future]string{pooled: "pool", manual: "manual"}
	timer := threading.NewTimer(50*time.Millisecond, func() { manual.SetResult("manual") })
	timer.Start()
	var order []string
	ch, _ := futures.AsCompletedTimeout([]*futures.Future{pooled, manual}, 20*time.Second)
	for f := range ch {
		r, _ := f.Result()
		order = append(order, fmt.Sprintf("('%s', '%s')", fs[f], r))
		if fs[f] == "manual" {
			gate.Set()
		}
	}
	timer.Join()
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(order, ", ") + "]")
}
