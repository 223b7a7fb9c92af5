package main

import (
	"fmt"
	"slices"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func boom() any {
	panic("k")
}

func blocked() any {
	gate.Wait()
	return 1
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	fb := ex.Submit(blocked)
	fe := ex.Submit(boom)
	done, notDone := futures.Wait([]*futures.Future{fb, fe}, futures.FirstException)
	kind := ""
	if fe.Exception() != nil {
		kind = "KeyError"
	}
	fmt.Println(pyBool(slices.Contains(done, fe)), pyBool(slices.Contains(notDone, fb)), kind)
	gate.Set()
	done, notDone = futures.Wait([]*futures.Future{fb}, futures.FirstException)
	fmt.Println(len(done), len(notDone))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
