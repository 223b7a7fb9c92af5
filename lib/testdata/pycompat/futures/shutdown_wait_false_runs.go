package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	var fs []*futures.Future
	for i := range 3 {
		fs = append(fs, ex.Submit(func() any { gate.Wait(); return i }))
	}
	ex.Shutdown(false, false)
	var done, rs, cs []string
	for _, f := range fs {
		done = append(done, pyBool(f.Done()))
	}
	fmt.Printf("[%s]\n", strings.Join(done, ", "))
	gate.Set()
	for _, f := range fs {
		r, _ := f.ResultTimeout(10 * time.Second)
		rs = append(rs, fmt.Sprint(r))
		cs = append(cs, pyBool(f.Cancelled()))
	}
	fmt.Printf("[%s] [%s]\n", strings.Join(rs, ", "), strings.Join(cs, ", "))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
