package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var re = regexp.MustCompile(`Future#\d+`)

func norm(f *futures.Future) string { return re.ReplaceAllString(f.String(), "Future at ADDR") }

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	running := ex.Submit(func() any { gate.Wait(); return true })
	pending := ex.Submit(func() any { return 0 })
	for !running.Running() {
	}
	fmt.Println(norm(running))
	fmt.Println(norm(pending))
	pending.Cancel()
	fmt.Println(norm(pending))
	gate.Set()
	ex.Shutdown(true, false)
	fmt.Println(norm(running))
	f := futures.NewFuture()
	f.SetException(errors.New("ValueError: x"))
	fmt.Println(norm(f))
}
