package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var log []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return 5 })
	f.Result()
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		main := "False"
		if threading.CurrentThread() == threading.MainThread() {
			main = "True"
		}
		log = append(log, fmt.Sprintf("('late', %v, %s)", r, main))
	})
	log = append(log, "'after add'")
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(log, ", ") + "]")
}
