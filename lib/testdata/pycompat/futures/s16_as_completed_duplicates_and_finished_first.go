package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	done := futures.NewFuture()
	done.SetResult("ready")
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(func() any { return "task" })
	var results []string
	for x := range futures.AsCompleted([]*futures.Future{done, f, done, f}) {
		v, _ := x.Result()
		results = append(results, "'"+v.(string)+"'")
	}
	ex.Shutdown(true, false)
	sort.Strings(results)
	fmt.Println("["+strings.Join(results, ", ")+"]", len(results))
	var none []string
	for x := range futures.AsCompleted(nil) {
		none = append(none, fmt.Sprint(x))
	}
	fmt.Println("[" + strings.Join(none, ", ") + "]")
}
