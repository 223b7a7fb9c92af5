package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	gate    threading.Event
	started = threading.NewSemaphore(0)
)

func blocked() any {
	started.Release()
	gate.WaitTimeout(10 * time.Second)
	return threading.CurrentThread().GetName()
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	var fs []*futures.Future
	for i := 0; i < 3; i++ {
		fs = append(fs, ex.Submit(blocked))
	}
	for range fs {
		started.Acquire()
	}
	fmt.Println("threads while 3 tasks block:", threading.ActiveCount()-1)
	gate.Set()
	var first []string
	seen := map[string]bool{}
	for _, f := range fs {
		r, _ := f.Result()
		first = append(first, "'"+r.(string)+"'")
		seen[r.(string)] = true
	}
	sort.Strings(first)
	subset := true
	for i := 0; i < 4; i++ {
		r, _ := ex.Submit(func() any { return threading.CurrentThread().GetName() }).Result()
		subset = subset && seen[r.(string)]
	}
	fmt.Println("[" + strings.Join(first, ", ") + "]")
	fmt.Println("later tasks reuse them:", map[bool]string{true: "True", false: "False"}[subset], threading.ActiveCount()-1)
	ex.Shutdown(true, false)
}
