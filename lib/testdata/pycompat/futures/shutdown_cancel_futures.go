package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate threading.Event
var started threading.Event

func first() any {
	started.Set()
	gate.Wait()
	return "ran"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f1 := ex.Submit(first)
	var rest []*futures.Future
	for range 3 {
		rest = append(rest, ex.Submit(func() any { return "never" }))
	}
	started.Wait()
	ex.Shutdown(false, true)
	gate.Set()
	ex.Shutdown(true, false)
	r, _ := f1.Result()
	fmt.Println(r)
	fmt.Printf("[%s, %s, %s]\n", pyBool(rest[0].Cancelled()), pyBool(rest[1].Cancelled()), pyBool(rest[2].Cancelled()))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex.Submit(func() any { return 1 })
	}()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
