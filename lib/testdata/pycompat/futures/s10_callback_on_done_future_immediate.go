package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var log []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return 21 * 2 })
	f.Result()
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		main := threading.CurrentThread() == threading.MainThread()
		log = append(log, fmt.Sprintf("('late', %v, %s)", r, pyBool(main)))
	})
	log = append(log, "'after add'")
	ex.Shutdown(true, false)
	fmt.Printf("[%s, %s]\n", log[0], log[1])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
