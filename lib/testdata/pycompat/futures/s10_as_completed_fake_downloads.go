package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func load(url string, delay time.Duration) int {
	time.Sleep(delay)
	return len(url) * 100
}

func main() {
	urls := []string{"a.com", "b.org", "c.net", "d.io"}
	delays := []time.Duration{30 * time.Millisecond, 10 * time.Millisecond, 20 * time.Millisecond, 0}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	futureToURL := map[*futures.Future]string{}
	var fs []*futures.Future
	for i, u := range urls {
		f := ex.Submit(func() any { return load(u, delays[i]) })
		futureToURL[f] = u
		fs = append(fs, f)
	}
	results := map[string]int{}
	for fut := range futures.AsCompleted(fs) {
		r, _ := fut.Result()
		results[futureToURL[fut]] = r.(int)
	}
	ex.Shutdown(true, false)
	keys := make([]string, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, u := range keys {
		fmt.Printf("'%s' page is %d bytes\n", u, results[u])
	}
}
