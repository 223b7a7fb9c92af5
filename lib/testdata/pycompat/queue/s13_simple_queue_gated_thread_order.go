package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.NewSimpleQueue()
	gates := make([]*threading.Event, 4)
	for i := range gates {
		gates[i] = &threading.Event{}
	}
	producer := func(i int) {
		gates[i].Wait()
		q.Put(fmt.Sprintf("from %d", i))
		if i+1 < len(gates) {
			gates[i+1].Set()
		}
	}
	var ts []*threading.Thread
	for i := 3; i >= 0; i-- {
		ts = append(ts, &threading.Thread{Target: func() { producer(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	gates[0].Set()
	for _, t := range ts {
		t.Join()
	}
	s := "["
	for i := range 4 {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("'%v'", q.Get())
	}
	fmt.Println(s+"]", pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
