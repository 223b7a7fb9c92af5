package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var got []string
var lock threading.Lock
var f *futures.Future

func waiter() {
	r, _ := f.ResultTimeout(10 * time.Second)
	lock.Acquire()
	got = append(got, fmt.Sprintf("'%v'", r))
	lock.Release()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f = ex.Submit(func() any {
		gate.Wait()
		return "value"
	})
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: waiter})
	}
	for _, t := range ts {
		t.Start()
	}
	gate.Set()
	for _, t := range ts {
		t.Join()
	}
	fmt.Printf("[%s]\n", strings.Join(got, ", "))
	ex.Shutdown(true, false)
}
