package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate, started threading.Event

func block() any {
	started.Set()
	gate.Wait()
	return "block"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(block)
	b := ex.Submit(func() any { return "b" })
	started.Wait()
	fmt.Println(pyBool(b.Cancel()))
	gate.Set()
	ex.Shutdown(true, false)
	var out []string
	for f := range futures.AsCompleted([]*futures.Future{a, b}) {
		if f.Cancelled() {
			out = append(out, "'cancelled'")
		} else {
			r, _ := f.Result()
			out = append(out, fmt.Sprintf("'%v'", r))
		}
	}
	sort.Strings(out)
	fmt.Printf("[%s]\n", strings.Join(out, ", "))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
