package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	names := map[string]bool{}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	for range 10 {
		ex.Submit(func() any { return threading.CurrentThread().Name }).Result()
	}
	var fs []*futures.Future
	for range 10 {
		fs = append(fs, ex.Submit(func() any { return threading.CurrentThread().Name }))
	}
	for _, f := range fs {
		r, _ := f.Result()
		names[r.(string)] = true
	}
	ex.Shutdown(true, false)
	all := true
	for n := range names {
		all = all && strings.HasPrefix(n, "ThreadPoolExecutor-0_")
	}
	fmt.Println(pyBool(len(names) <= 2), pyBool(all))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
