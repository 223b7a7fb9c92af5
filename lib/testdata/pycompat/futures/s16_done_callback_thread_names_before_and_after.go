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
	var names []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "pool"}
	f := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	f.AddDoneCallback(func(*futures.Future) {
		names = append(names, "('before done', '"+threading.CurrentThread().GetName()+"')")
	})
	gate.Set()
	f.Result()
	f.AddDoneCallback(func(*futures.Future) {
		names = append(names, "('after done', '"+threading.CurrentThread().GetName()+"')")
	})
	ex.Shutdown(true, false)
	sort.Strings(names)
	fmt.Println("[" + strings.Join(names, ", ") + "]")
}
