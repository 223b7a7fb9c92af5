package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var buf []any
var capacity = 2
var cond = threading.NewCondition(nil)
var got []string

func producer() {
	for i := range 10 {
		cond.Acquire()
		cond.WaitFor(func() bool { return len(buf) < capacity })
		buf = append(buf, i)
		cond.NotifyAll()
		cond.Release()
	}
	cond.Acquire()
	cond.WaitFor(func() bool { return len(buf) < capacity })
	buf = append(buf, nil)
	cond.NotifyAll()
	cond.Release()
}

func consumer() {
	for {
		cond.Acquire()
		cond.WaitFor(func() bool { return len(buf) > 0 })
		x := buf[0]
		buf = buf[1:]
		cond.NotifyAll()
		cond.Release()
		if x == nil {
			return
		}
		got = append(got, fmt.Sprint(x.(int)*x.(int)))
	}
}

func main() {
	p := &threading.Thread{Target: producer}
	c := &threading.Thread{Target: consumer}
	c.Start()
	p.Start()
	p.Join()
	c.Join()
	fmt.Println("["+strings.Join(got, ", ")+"]", "[]")
}
