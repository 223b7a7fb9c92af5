package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

type event struct {
	kind    string
	payload any
}

func main() {
	events := queue.New(0)
	var handled []string
	dispatcher := func() {
		for {
			e := events.Get().(event)
			if e.kind == "quit" {
				break
			}
			handled = append(handled, fmt.Sprintf("'%s:%v'", e.kind, e.payload))
		}
	}
	t := &threading.Thread{Target: dispatcher}
	t.Start()
	for _, e := range []event{{"click", 1}, {"key", "a"}, {"click", 2}, {"quit", nil}} {
		events.Put(e)
	}
	t.Join()
	empty := "False"
	if events.Empty() {
		empty = "True"
	}
	fmt.Println("["+strings.Join(handled, ", ")+"]", empty)
}
