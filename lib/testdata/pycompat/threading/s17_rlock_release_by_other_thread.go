package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var r threading.RLock
	r.Acquire()
	r.Acquire()
	var out []string
	t := &threading.Thread{Target: func() {
		func() {
			defer func() {
				if e := recover(); e != nil {
					out = append(out, fmt.Sprint(e))
				}
			}()
			r.Release()
		}()
		out = append(out, pyBool(r.AcquireTimeout(10*time.Millisecond)))
	}}
	t.Start()
	t.Join()
	fmt.Printf("['%s', %s]\n", out[0], out[1])
	r.Release()
	r.Release()
	func() {
		defer func() { fmt.Println(recover()) }()
		r.Release()
	}()
	t = &threading.Thread{Target: func() {
		if r.AcquireTimeout(5 * time.Second) {
			r.Release()
			out = append(out, "free")
		}
	}}
	t.Start()
	t.Join()
	fmt.Println(out[len(out)-1])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
