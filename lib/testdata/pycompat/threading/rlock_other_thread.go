package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock
var result []string

func other() {
	func() {
		defer func() {
			if e := recover(); e != nil {
				result = append(result, fmt.Sprint(e))
			}
		}()
		r.Release()
	}()
	result = append(result, pyBool(r.TryAcquire()))
}

func main() {
	r.Acquire()
	t := &threading.Thread{Target: other}
	t.Start()
	t.Join()
	fmt.Println(pyList(result))
	r.Release()
	t2 := &threading.Thread{Target: func() { result = append(result, pyBool(r.TryAcquire())) }}
	t2.Start()
	t2.Join()
	fmt.Println(pyList(result))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(xs []string) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		if x == "True" || x == "False" {
			s += x
		} else {
			s += "'" + x + "'"
		}
	}
	return s + "]"
}
