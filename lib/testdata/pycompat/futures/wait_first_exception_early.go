package main

import (
	"fmt"
	"slices"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	slow := ex.Submit(func() any { gate.Wait(); return true })
	bad := ex.Submit(func() any { panic("ValueError('early')") })
	done, notDone := futures.Wait([]*futures.Future{slow, bad}, futures.FirstException)
	fmt.Println(pyBool(slices.Contains(done, bad)), pyBool(slices.Contains(notDone, slow)), len(done), len(notDone), bad.Exception())
	gate.Set()
	ex.Shutdown(true, false)
	r, _ := slow.Result()
	fmt.Println(pyBool(r.(bool)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
