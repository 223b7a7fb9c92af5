package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"result", func() error { _, err := f.ResultTimeout(100 * time.Millisecond); return err }},
		{"exception", func() error { return f.ExceptionTimeout(0) }},
		{"result(-1)", func() error { _, err := f.ResultTimeout(-time.Second); return err }},
	} {
		if err := c.call(); errors.Is(err, futures.ErrTimeout) {
			fmt.Println(c.name, "TimeoutError", "''")
		}
	}
	fmt.Println("running:", py(f.Running()), "done:", py(f.Done()))
	gate.Set()
	v, _ := f.ResultTimeout(30 * time.Second)
	e := f.ExceptionTimeout(0)
	w, _ := f.ResultTimeout(-time.Second)
	en := "None"
	if e != nil {
		en = e.Error()
	}
	fmt.Println(py(v.(bool)), en, py(w.(bool)))
	ex.Shutdown(true, false)
}
