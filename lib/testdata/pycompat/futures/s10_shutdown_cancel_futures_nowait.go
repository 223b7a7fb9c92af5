package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var started, gate threading.Event

func first() any {
	started.Set()
	gate.Wait()
	return "done"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	fs := []*futures.Future{ex.Submit(first)}
	for i := range 4 {
		fs = append(fs, ex.Submit(func() any { return i }))
	}
	started.Wait()
	ex.Shutdown(false, true)
	var c []string
	for _, f := range fs {
		c = append(c, pyBool(f.Cancelled()))
	}
	fmt.Println("[" + strings.Join(c, ", ") + "]")
	gate.Set()
	r, _ := fs[0].Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	var d []string
	for _, f := range fs {
		d = append(d, pyBool(f.Done()))
	}
	fmt.Println("[" + strings.Join(d, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
