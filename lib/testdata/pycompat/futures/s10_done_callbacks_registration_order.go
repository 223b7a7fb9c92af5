package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func main() {
	var order []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return true })
	for _, name := range []string{"a", "b", "c"} {
		f.AddDoneCallback(func(*futures.Future) { order = append(order, "'"+name+"'") })
	}
	gate.Set()
	ex.Shutdown(true, false)
	f.AddDoneCallback(func(*futures.Future) { order = append(order, "'late'") })
	r, _ := f.Result()
	fmt.Println("["+strings.Join(order, ", ")+"]", pyBool(r.(bool)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
