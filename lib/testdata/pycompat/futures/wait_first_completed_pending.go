package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	gates := make([]*threading.Event, 3)
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := range gates {
		g := &threading.Event{}
		gates[i] = g
		fs = append(fs, ex.Submit(func() any { g.Wait(); return true }))
	}
	done, notDone := futures.WaitTimeout(fs, 20*time.Millisecond, futures.FirstCompleted)
	fmt.Println(len(done), len(notDone))
	gates[1].Set()
	done, notDone = futures.Wait(fs, futures.FirstCompleted)
	fmt.Println(len(done), len(notDone), pyBool(slices.Contains(done, fs[1])))
	for _, g := range gates {
		g.Set()
	}
	ex.Shutdown(true, false)
	all := true
	for _, f := range fs {
		r, _ := f.Result()
		all = all && r.(bool)
	}
	fmt.Println(pyBool(all))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
