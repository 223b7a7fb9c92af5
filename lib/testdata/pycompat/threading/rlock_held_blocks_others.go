package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock
var got []bool

func probe() {
	got = append(got, r.TryAcquire())
	got = append(got, r.AcquireTimeout(10*time.Millisecond))
}

func show(xs []bool) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += pyBool(x)
	}
	return s + "]"
}

func main() {
	r.Acquire()
	r.Acquire()
	r.Acquire()
	for n := 0; n < 3; n++ {
		t := &threading.Thread{Target: probe}
		t.Start()
		t.Join()
		fmt.Println(n, show(got))
		got = got[:0]
		r.Release()
	}
	t := &threading.Thread{Target: probe}
	t.Start()
	t.Join()
	fmt.Println(show(got))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
