package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate, started threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	fs := []*futures.Future{ex.Submit(func() any { started.Set(); gate.Wait(); return 1 })}
	for i := 2; i < 5; i++ {
		fs = append(fs, ex.Submit(func() any { return i }))
	}
	started.Wait()
	ex.Shutdown(false, true)
	var c []string
	for _, f := range fs {
		c = append(c, pyBool(f.Cancelled()))
	}
	fmt.Println(pyStrs(c))
	gate.Set()
	r, _ := fs[0].Result()
	var d []string
	for _, f := range fs {
		d = append(d, pyBool(f.Done()))
	}
	fmt.Println(r, pyStrs(d))
	try(func() { ex.Submit(func() any { return 0 }) })
	ex.Shutdown(true, false)
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
