package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var r threading.RLock
	r.Acquire()
	var errs []string
	t := &threading.Thread{Target: func() {
		func() {
			defer func() {
				if e := recover(); e != nil {
					msg := fmt.Sprint(e)
					errs = append(errs, "'"+strings.TrimPrefix(msg, "RuntimeError: ")+"'")
				}
			}()
			r.Release()
		}()
		errs = append(errs, pyBool(r.TryAcquire()))
	}}
	t.Start()
	t.Join()
	fmt.Println(pyStrs(errs))
	r.Acquire()
	r.Release()
	r.Release()
	try(r.Release)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
