package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var log []string
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return 42 })
	for _, name := range []string{"a", "b", "c"} {
		f.AddDoneCallback(func(fut *futures.Future) {
			r, _ := fut.Result()
			log = append(log, fmt.Sprintf("('%s', %v)", name, r))
		})
	}
	gate.Set()
	f.Result()
	ex.Shutdown(true, false)
	fmt.Println(pyStrs(log))
	f.AddDoneCallback(func(fut *futures.Future) {
		log = append(log, fmt.Sprintf("('late', %s)", pyBool(fut == f)))
	})
	fmt.Println(log[len(log)-1])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
