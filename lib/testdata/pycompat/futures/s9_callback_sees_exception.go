package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var log []string

func cb(f *futures.Future) {
	typ, msg, _ := strings.Cut(f.Exception().Error(), ": ")
	log = append(log, fmt.Sprintf("(%s, '%s', '%s')", pyBool(f.Done()), typ, msg))
}

func bad() any {
	panic("IndexError: out of range")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(bad)
	f.AddDoneCallback(cb)
	ex.Shutdown(true, false)
	fmt.Printf("[%s]\n", log[0])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
