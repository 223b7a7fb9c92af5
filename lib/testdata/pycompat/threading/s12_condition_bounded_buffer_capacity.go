package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	const capacity = 2
	var buf []any
	cond := threading.NewCondition(nil)
	peak := 0
	var got []int
	producer := func() {
		for i := range 10 {
			cond.Acquire()
			cond.WaitFor(func() bool { return len(buf) < capacity })
			buf = append(buf, i)
			peak = max(peak, len(buf))
			cond.NotifyAll()
			cond.Release()
		}
		cond.Acquire()
		cond.WaitFor(func() bool { return len(buf) < capacity })
		buf = append(buf, nil)
		cond.NotifyAll()
		cond.Release()
	}
	consumer := func() {
		for {
			cond.Acquire()
			cond.WaitFor(func() bool { return len(buf) > 0 })
			x := buf[0]
			buf = buf[1:]
			cond.NotifyAll()
			cond.Release()
			if x == nil {
				break
			}
			got = append(got, x.(int))
		}
	}
	p := &threading.Thread{Target: producer}
	c := &threading.Thread{Target: consumer}
	c.Start()
	p.Start()
	p.Join()
	c.Join()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(got), " ", ", "), pyBool(peak <= capacity), strings.ReplaceAll(fmt.Sprint(buf), " ", ", "))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
