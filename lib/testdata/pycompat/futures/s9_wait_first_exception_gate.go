package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event

func bad() any {
	panic("OSError: disk")
}

func in(f *futures.Future, fs []*futures.Future) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	slow := ex.SubmitFunc(gate.Wait)
	ok := ex.Submit(func() any { return 1 })
	ok.Result()
	err := ex.Submit(bad)
	done, notDone := futures.Wait([]*futures.Future{slow, ok, err}, futures.FirstException)
	fmt.Println(len(done), len(notDone), pyBool(in(err, done)), pyBool(in(slow, notDone)))
	_, msg, _ := strings.Cut(err.Exception().Error(), ": ")
	fmt.Println(msg)
	gate.Set()
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
