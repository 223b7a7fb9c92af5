package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func setter(ev, g *multiprocessing.Event) {
	g.WaitTimeout(30 * time.Second)
	ev.Set()
}

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(setter)
	ev, g := multiprocessing.NewEvent(), multiprocessing.NewEvent()
	p := &multiprocessing.Process{Target: setter, Args: []any{ev, g}}
	p.Start()
	x := b(ev.IsSet())
	fmt.Println(x, b(ev.WaitTimeout(50*time.Millisecond)))
	g.Set()
	y := b(ev.WaitTimeout(30 * time.Second))
	fmt.Println(y, b(ev.IsSet()))
	p.Join()
	ev.Clear()
	fmt.Println(b(ev.IsSet()), fmt.Sprint(len(multiprocessing.ActiveChildren()))[:0]+"[]")
}
