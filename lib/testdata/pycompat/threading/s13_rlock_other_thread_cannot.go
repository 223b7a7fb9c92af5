package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func main() {
	var r threading.RLock
	r.Acquire()
	r.Acquire()
	var out [][2]string
	other := func() {
		out = append(out, [2]string{"blocking=False", pyBool(r.TryAcquire())})
		out = append(out, [2]string{"timeout=0", pyBool(r.AcquireTimeout(0))})
		out = append(out, [2]string{"timeout=0.05", pyBool(r.AcquireTimeout(50 * time.Millisecond))})
		if e := try(r.Release); e != "" {
			out = append(out, [2]string{"release", e})
		}
	}
	t := &threading.Thread{Target: other}
	t.Start()
	t.Join()
	for _, o := range out {
		fmt.Println(o[0], o[1])
	}
	r.Release()
	fmt.Println("still held by main after one release:", pyBool(strings.Contains(r.String(), "locked")))
	r.Release()
	later := func() {
		ok := r.AcquireTimeout(time.Second)
		fmt.Println("other acquires after full release:", pyBool(ok))
		r.Release()
	}
	t = &threading.Thread{Target: later}
	t.Start()
	t.Join()
	if e := try(r.Release); e != "" {
		fmt.Println(e)
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
