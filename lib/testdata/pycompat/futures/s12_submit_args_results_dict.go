package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func fetch(url string, retries int) string {
	return fmt.Sprintf("%s:%d", url, len(url)*retries)
}

func main() {
	urls := []string{"a.com", "bb.org", "ccc.net"}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	futToURL := map[*futures.Future]string{}
	var fs []*futures.Future
	for _, u := range urls {
		f := ex.Submit(func() any { return fetch(u, 2) })
		futToURL[f] = u
		fs = append(fs, f)
	}
	out := map[string]any{}
	for f := range futures.AsCompleted(fs) {
		r, _ := f.Result()
		out[futToURL[f]] = r
	}
	ex.Shutdown(true, false)
	for _, u := range urls {
		fmt.Println(u, out[u])
	}
}
