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
	for i := 0; i < 3; i++ {
		rest = append(rest, ex.Submit(func() any { return i }))
	}
	started.Wait()
	threading.NewTimer(50*time.Millisecond, gate.Set).Start()
	ex.Shutdown(true, true)
	r, _ := a.Result()
	fmt.Println(r, pyBool(a.Cancelled()))
	fmt.Printf("[%s, %s, %s] [%s, %s, %s]\n", pyBool(rest[0].Cancelled()), pyBool(rest[1].Cancelled()), pyBool(rest[2].Cancelled()),
		pyBool(rest[0].Done()), pyBool(rest[1].Done()), pyBool(rest[2].Done()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
