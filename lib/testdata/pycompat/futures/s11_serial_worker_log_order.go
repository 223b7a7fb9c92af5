package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var log []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "solo"}
	for i := 0; i < 5; i++ {
		ex.SubmitFunc(func() {
			log = append(log, fmt.Sprintf("(%d, '%s')", i, threading.CurrentThread().GetName()))
		})
	}
	ex.Shutdown(true, false)
	fmt.Println(pyStrs(log))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
