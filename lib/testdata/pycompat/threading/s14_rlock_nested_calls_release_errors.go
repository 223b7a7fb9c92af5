package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	r      threading.RLock
	depths []string
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func visit(n int) {
	r.Acquire()
	defer r.Release()
	depths = append(depths, fmt.Sprint(n))
	if n > 0 {
		visit(n - 1)
	}
}

func main() {
	visit(3)
	fmt.Println("[" + strings.Join(depths, ", ") + "]")
	r.Acquire()
	r.Acquire()
	r.Release()
	r.Release()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		r.Release()
	}()
	var got []bool
	r.Acquire()
	t := &threading.Thread{Target: func() { got = append(got, r.AcquireTimeout(100*time.Millisecond)) }}
	t.Start()
	t.Join()
	fmt.Println("other thread got it:", py(got[0]))
	r.Release()
	t = &threading.Thread{Target: func() { got = append(got, r.TryAcquire()) }}
	t.Start()
	t.Join()
	fmt.Println("after release:", py(got[1]))
}
