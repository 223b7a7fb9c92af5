package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var seen []string
var lock threading.Lock

func cb(fut *futures.Future) {
	lock.Acquire()
	defer lock.Release()
	if exc := fut.Exception(); exc != nil {
		seen = append(seen, fmt.Sprintf("('error', '%s')", exc))
	} else {
		r, _ := fut.Result()
		seen = append(seen, fmt.Sprintf("('value', %v)", r))
	}
}

func bad() any {
	panic("broken task")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(func() any { return 42 })
	b := ex.Submit(bad)
	a.AddDoneCallback(cb)
	b.AddDoneCallback(cb)
	b.Exception()
	a.Result()
	ex.Shutdown(true, false)
	sort.Strings(seen)
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
}
