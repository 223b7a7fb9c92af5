package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return "finished" })
	ex.Shutdown(false, false)
	fmt.Println(pyBool(f.Done()))
	gate.Set()
	r, _ := f.Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	fmt.Println(pyBool(f.Done()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
