package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	for _, g := range []func() error{
		func() error { _, err := f.ResultTimeout(10 * time.Millisecond); return err },
		func() error { return f.ExceptionTimeout(10 * time.Millisecond) },
		func() error { _, err := f.ResultTimeout(0); return err },
	} {
		if err := g(); errors.Is(err, futures.ErrTimeout) {
			fmt.Println("TimeoutError", "''", b(f.Running()), b(f.Done()))
		}
	}
	gate.Set()
	r, _ := f.ResultTimeout(30 * time.Second)
	e := f.ExceptionTimeout(30 * time.Second)
	fmt.Println(b(r.(bool)), map[bool]string{true: "None"}[e == nil])
	ex.Shutdown(true, false)
}
