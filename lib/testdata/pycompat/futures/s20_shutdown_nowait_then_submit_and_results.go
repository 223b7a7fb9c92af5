package main

import (
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

func try(g func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	g()
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "nw"}
	a := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	b := ex.Submit(func() any { return threading.CurrentThread().GetName() })
	ex.Shutdown(false, false)
	try(func() { ex.Submit(func() any { fmt.Println("x"); return nil }) })
	fmt.Println(pb(a.Done()), pb(b.Done()), pb(b.Cancelled()))
	gate.Set()
	ra, _ := a.ResultTimeout(30 * time.Second)
	rb, _ := b.ResultTimeout(30 * time.Second)
	fmt.Println(pb(ra.(bool)), rb)
	ex.Shutdown(true, false)
	try(func() { ex.Map(func(x any) any { return fmt.Sprint(x) }, []any{1}) })
}
