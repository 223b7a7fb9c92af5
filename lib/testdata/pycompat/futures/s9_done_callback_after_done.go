package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var log []string

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return 5 })
	f.Result()
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		log = append(log, fmt.Sprintf("('late', %v)", r))
	})
	fmt.Println("[" + strings.Join(log, ", ") + "]")
	f.AddDoneCallback(func(fut *futures.Future) {
		log = append(log, fmt.Sprintf("('later', %s)", pyBool(fut.Done())))
	})
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(log, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
