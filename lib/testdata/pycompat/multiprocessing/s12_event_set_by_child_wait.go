package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func signal(ev *multiprocessing.Event, q *multiprocessing.Queue) {
	q.Put("child ready")
	ev.Set()
}

func main() {
	multiprocessing.Main(signal)
	ev := multiprocessing.NewEvent()
	q := multiprocessing.NewQueue()
	fmt.Println(pyBool(ev.IsSet()), pyBool(ev.WaitTimeout(50*time.Millisecond)))
	p := &multiprocessing.Process{Target: signal, Args: []any{ev, q}}
	p.Start()
	fmt.Println(pyBool(ev.WaitTimeout(30*time.Second)), q.Get(), pyBool(ev.IsSet()))
	p.Join()
	ev.Clear()
	fmt.Println(pyBool(ev.IsSet()), p.ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
