package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock
var out []string

func worker() {
	func() {
		defer func() {
			if e := recover(); e != nil {
				out = append(out, fmt.Sprint(e))
			}
		}()
		r.Release()
	}()
	out = append(out, pyBool(r.TryAcquire()))
}

func main() {
	r.Acquire()
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	fmt.Printf("['%s', %s]\n", out[0], out[1])
	r.Release()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
