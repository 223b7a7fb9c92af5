package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gate, started threading.Event

func first() any {
	started.Set()
	gate.Wait()
	return "first"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(first)
	var rest []*futures.Future
	for i := range 3 {
		rest = append(rest, ex.Submit(func() any { return i }))
	}
	started.Wait()
	threading.NewTimer(50*time.Millisecond, gate.Set).Start()
	ex.Shutdown(true, true)
	r, _ := a.Result()
	fmt.Printf("%v [%s, %s, %s]\n", r, pyBool(rest[0].Cancelled()), pyBool(rest[1].Cancelled()), pyBool(rest[2].Cancelled()))
	try(func() { ex.Submit(func() any { return 0 }) })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
