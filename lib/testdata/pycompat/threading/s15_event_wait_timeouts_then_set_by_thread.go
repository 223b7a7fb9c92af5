package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var e, goEv threading.Event
	a, b := e.WaitTimeout(0), e.WaitTimeout(50*time.Millisecond)
	fmt.Println(py(e.IsSet()), py(a), py(b))
	t := &threading.Thread{Target: func() { goEv.Wait(); e.Set() }}
	t.Start()
	goEv.Set()
	fmt.Println(py(e.WaitTimeout(10*time.Second)), py(e.IsSet()))
	t.Join()
	e.Clear()
	fmt.Println(py(e.IsSet()), py(e.WaitTimeout(10*time.Millisecond)))
	e.Set()
	e.Set()
	e.Wait()
	fmt.Println("True", py(e.WaitTimeout(0)))
}
