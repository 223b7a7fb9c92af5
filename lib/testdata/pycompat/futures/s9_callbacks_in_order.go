package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var log []string

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.SubmitFunc(gate.Wait)
	for i := range 4 {
		f.AddDoneCallback(func(*futures.Future) { log = append(log, fmt.Sprint(i)) })
	}
	gate.Set()
	ex.Shutdown(true, false)
	fmt.Println("[" + strings.Join(log, ", ") + "]")
}
