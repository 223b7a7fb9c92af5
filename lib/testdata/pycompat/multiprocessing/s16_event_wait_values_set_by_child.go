package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func setter(g, ev *multiprocessing.Event) {
	g.WaitTimeout(30 * time.Second)
	ev.Set()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(setter)
	g, ev := multiprocessing.NewEvent(), multiprocessing.NewEvent()
	a := ev.IsSet()
	b := ev.WaitTimeout(0)
	c := ev.WaitTimeout(200 * time.Millisecond)
	fmt.Println("unset:", py(a), py(b), py(c))
	p := &multiprocessing.Process{Target: setter, Args: []any{g, ev}}
	p.Start()
	g.Set()
	w := ev.WaitTimeout(30 * time.Second)
	fmt.Println("set by child:", py(w), py(ev.IsSet()))
	p.Join()
	ev.Clear()
	x := ev.IsSet()
	fmt.Println("cleared:", py(x), py(ev.WaitTimeout(0)))
}
