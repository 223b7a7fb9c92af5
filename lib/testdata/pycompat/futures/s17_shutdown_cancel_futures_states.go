package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	var gate, started threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f1 := ex.Submit(func() any {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
		return "first"
	})
	var rest []*futures.Future
	for i := range 4 {
		rest = append(rest, ex.Submit(func() any { return 1 << i }))
	}
	started.WaitTimeout(30 * time.Second)
	t := threading.NewTimer(50*time.Millisecond, gate.Set)
	t.Start()
	ex.Shutdown(true, true)
	t.Join()
	r, _ := f1.Result()
	fmt.Println(r, b(f1.Cancelled()))
	var c, d []string
	for _, f := range rest {
		c = append(c, b(f.Cancelled()))
		d = append(d, b(f.Done()))
	}
	fmt.Println("["+strings.Join(c, ", ")+"]", "["+strings.Join(d, ", ")+"]")
}
