package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func show(f *futures.Future) {
	fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(f.String(), ""))
}

var gate, started threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(func() any { started.Set(); gate.Wait(); return []any{nil, true} })
	b := ex.Submit(func() any { return 1 })
	started.Wait()
	show(a)
	show(b)
	b.Cancel()
	show(b)
	gate.Set()
	ex.Shutdown(true, false)
	show(a)
}
