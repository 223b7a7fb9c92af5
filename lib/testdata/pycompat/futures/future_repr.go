package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func show(f *futures.Future) {
	// the address changes from run to run
	fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(f.String(), ""))
}

var gate threading.Event

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	ex.SubmitFunc(gate.Wait)
	g := ex.Submit(func() any { return 42 })
	show(g)
	gate.Set()
	g.Result()
	show(g)
	h := ex.Submit(func() any { panic(errors.New("ZeroDivisionError: division by zero")) })
	h.Exception()
	show(h)
	s := ex.Submit(func() any { return "text" })
	s.Result()
	show(s)
	ex.Shutdown(true, false)
}
