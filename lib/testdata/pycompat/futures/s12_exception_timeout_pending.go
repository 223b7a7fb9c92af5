package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() any { return gate.WaitTimeout(time.Hour) })
	if _, err := f.ResultTimeout(10 * time.Millisecond); errors.Is(err, futures.ErrTimeout) {
		fmt.Println("TimeoutError", pyBool(f.Running()), pyBool(f.Done()))
	}
	gate.Set()
	f.ResultTimeout(5 * time.Second)
	r, _ := f.Result()
	exc := "None"
	if f.Exception() != nil {
		exc = f.Exception().Error()
	}
	fmt.Println(exc, pyBool(r.(bool)))
	g := ex.Submit(func() any { panic("ZeroDivisionError: division by zero") })
	typ, msg, _ := strings.Cut(g.Exception().Error(), ": ")
	fmt.Println(typ, msg)
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
