package main

import (
	"fmt"
	"runtime"

	"github.com/gonotes/gonotes/lib/futures"
)

// quitTask ends its worker's task as Python's sys.exit() does: runtime.Goexit.
func quitTask() any {
	runtime.Goexit()
	return nil
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(quitTask)
	e := f.Exception()
	fmt.Println(e, pyBool(f.Done()), pyBool(f.Cancelled()))
	r, _ := ex.Submit(func() any { return "pool still works" }).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
