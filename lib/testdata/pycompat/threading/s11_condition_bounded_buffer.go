package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var buf, consumed []int
	capacity := 2
	var cond threading.Condition
	producer := func() {
		for i := 0; i < 6; i++ {
			cond.Acquire()
			cond.WaitFor(func() bool { return len(buf) < capacity })
			buf = append(buf, i)
			cond.NotifyAll()
			cond.Release()
		}
	}
	consumer := func() {
		for i := 0; i < 6; i++ {
			cond.Acquire()
			cond.WaitFor(func() bool { return len(buf) > 0 })
			consumed = append(consumed, buf[0])
			buf = buf[1:]
			cond.NotifyAll()
			cond.Release()
		}
	}
	ts := []*threading.Thread{{Target: producer}, {Target: consumer}}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(pyList(consumed), pyList(buf))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
