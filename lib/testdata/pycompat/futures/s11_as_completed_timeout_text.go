package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	wait := func() any { gate.Wait(); return true }
	fs := []*futures.Future{ex.Submit(func() any { return "quick" }), ex.Submit(wait), ex.Submit(wait)}
	var done []string
	ch, errf := futures.AsCompletedTimeout(fs, time.Second)
	for f := range ch {
		r, _ := f.Result()
		done = append(done, "'"+r.(string)+"'")
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(pyStrs(done))
	gate.Set()
	ex.Shutdown(true, false)
	var rs []string
	for _, f := range fs {
		r, _ := f.Result()
		if b, ok := r.(bool); ok {
			r = pyBool(b)
		}
		rs = append(rs, "'"+fmt.Sprint(r)+"'")
	}
	sort.Strings(rs)
	fmt.Println(pyStrs(rs))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
