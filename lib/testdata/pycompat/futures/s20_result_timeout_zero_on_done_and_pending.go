package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func none(err error) string {
	if err == nil {
		return "None"
	}
	return err.Error()
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	ok := ex.Submit(func() any { return "ok" })
	bad := ex.Submit(func() any { panic(errors.New("division by zero")) })
	ok.Result()
	bad.Exception()
	slow := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	r, _ := ok.ResultTimeout(0)
	fmt.Println(r, none(ok.ExceptionTimeout(0)))
	fmt.Println("ZeroDivisionError", none(bad.ExceptionTimeout(-time.Second)))
	if _, err := bad.ResultTimeout(0); err != nil {
		fmt.Println("ZeroDivisionError:", err)
	}
	calls := []func() error{
		func() error { _, err := slow.ResultTimeout(0); return err },
		func() error { return slow.ExceptionTimeout(-time.Second) },
		func() error { _, err := slow.ResultTimeout(10 * time.Millisecond); return err },
	}
	for _, call := range calls {
		if err := call(); errors.Is(err, futures.ErrTimeout) {
			fmt.Println("TimeoutError", "''", pb(slow.Done()))
		}
	}
	gate.Set()
	ex.Shutdown(true, false)
	v, _ := slow.ResultTimeout(0)
	fmt.Println(pb(v.(bool)), none(slow.ExceptionTimeout(0)))
}
