package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var started threading.Event

func job(i int) any {
	if i == 0 {
		started.Wait()
		panic("RuntimeError: job 0 failed")
	}
	if i == 1 {
		started.Set()
		return "one"
	}
	time.Sleep(10 * time.Millisecond)
	return i
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for i := 0; i < 6; i++ {
		fs = append(fs, ex.Submit(func() any { return job(i) }))
	}
	done, notDone := futures.Wait(fs, futures.FirstException)
	var failed []*futures.Future
	for _, f := range done {
		if f.Exception() != nil {
			failed = append(failed, f)
		}
	}
	_, msg, _ := cut(failed[0].Exception().Error())
	fmt.Println(len(failed), msg)
	nc := 0
	for _, f := range notDone {
		if f.Cancel() {
			nc++
		}
	}
	ex.Shutdown(true, false)
	all := true
	cc := 0
	for _, f := range fs {
		all = all && f.Done()
		if f.Cancelled() {
			cc++
		}
	}
	r, _ := fs[1].Result()
	fmt.Println(py(all), r)
	fmt.Println(py(cc == nc))
}

func cut(s string) (string, string, bool) {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ':' && s[i+1] == ' ' {
			return s[:i], s[i+2:], true
		}
	}
	return "", s, false
}
