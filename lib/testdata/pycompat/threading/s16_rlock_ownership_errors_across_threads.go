package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock

func try(prefix string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(prefix, strings.TrimPrefix(fmt.Sprint(e), "RuntimeError: "))
		}
	}()
	f()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	try("main, never acquired:", r.Release)
	r.Acquire()
	r.Acquire()
	var out []string
	other := func() {
		func() {
			defer func() {
				if e := recover(); e != nil {
					out = append(out, "'"+strings.TrimPrefix(fmt.Sprint(e), "RuntimeError: ")+"'")
				}
			}()
			r.Release()
		}()
		out = append(out, py(r.TryAcquire()))
		out = append(out, py(r.AcquireTimeout(50*time.Millisecond)))
	}
	t := &threading.Thread{Target: other}
	t.Start()
	t.Join()
	fmt.Println("other thread:", "["+strings.Join(out, ", ")+"]")
	r.Release()
	r.Release()
	try("one release too many:", r.Release)

	var got []string
	t = &threading.Thread{Target: func() { got = append(got, py(r.TryAcquire())) }}
	t.Start()
	t.Join()
	fmt.Println("free now, thread took it:", "["+strings.Join(got, ", ")+"]")
	fmt.Println("main cannot:", py(r.TryAcquire()))
}
