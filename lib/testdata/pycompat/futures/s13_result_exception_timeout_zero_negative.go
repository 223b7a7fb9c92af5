package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { gate.Wait(); return true })
	for _, t := range []struct {
		text string
		d    time.Duration
	}{{"0", 0}, {"-1", -time.Second}, {"0.02", 20 * time.Millisecond}} {
		if _, err := f.ResultTimeout(t.d); errors.Is(err, futures.ErrTimeout) {
			fmt.Println("result", t.text, "TimeoutError", "''")
		}
		if err := f.ExceptionTimeout(t.d); errors.Is(err, futures.ErrTimeout) {
			fmt.Println("exception", t.text, "TimeoutError", "''")
		}
	}
	gate.Set()
	a, _ := f.ResultTimeout(5 * time.Second)
	e := f.ExceptionTimeout(0)
	b, _ := f.ResultTimeout(-time.Second)
	fmt.Println(pyBool(a.(bool)), pyNone(e), pyBool(b.(bool)))
	ex.Shutdown(true, false)
}

func pyNone(e error) string {
	if e == nil {
		return "None"
	}
	return e.Error()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
