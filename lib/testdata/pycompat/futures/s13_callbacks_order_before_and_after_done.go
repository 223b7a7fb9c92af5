package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate, ran threading.Event
	var log []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return "value" })
	for _, name := range []string{"first", "second", "third"} {
		f.AddDoneCallback(func(fut *futures.Future) {
			r, _ := fut.Result()
			log = append(log, fmt.Sprintf("('%s', '%v')", name, r))
		})
	}
	f.AddDoneCallback(func(*futures.Future) { ran.Set() })
	fmt.Println("before done:", "["+strings.Join(log, ", ")+"]")
	gate.Set()
	ran.Wait()
	f.AddDoneCallback(func(fut *futures.Future) {
		log = append(log, fmt.Sprintf("('late', %s)", pyBool(fut.Done())))
	})
	fmt.Println("right after adding late:", log[len(log)-1])
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(log, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
