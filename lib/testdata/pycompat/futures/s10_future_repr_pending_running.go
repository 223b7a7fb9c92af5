package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var started, gate threading.Event

func block() any {
	started.Set()
	gate.Wait()
	return []int{1}
}

func show(f *futures.Future) {
	fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(f.String(), ""))
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(block)
	b := ex.Submit(func() any { return nil })
	started.Wait()
	show(a)
	show(b)
	b.Cancel()
	show(b)
	gate.Set()
	a.Result()
	show(a)
	c := ex.Submit(func() any { panic(errors.New("ZeroDivisionError: division by zero")) })
	c.Exception()
	show(c)
	ex.Shutdown(true, false)
}
