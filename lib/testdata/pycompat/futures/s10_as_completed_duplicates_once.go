package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(func() any { return "x" })
	g := ex.Submit(func() any { return "y" })
	var seen []string
	for h := range futures.AsCompleted([]*futures.Future{f, f, g, f}) {
		r, _ := h.Result()
		seen = append(seen, "'"+r.(string)+"'")
	}
	sort.Strings(seen)
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
	done, notDone := futures.Wait([]*futures.Future{f, f, g}, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	ex.Shutdown(true, false)
}
