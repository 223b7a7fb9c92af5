package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var URLS = []string{"http://a.example", "http://b.example", "http://bad.example", "http://c.example"}

func loadURL(url string, timeout int) any {
	if strings.Contains(url, "bad") {
		panic(fmt.Sprintf("cannot reach %s", url))
	}
	return len(url) * timeout
}

func main() {
	results := map[string]string{}
	executor := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	futureToURL := map[*futures.Future]string{}
	var fs []*futures.Future
	for _, url := range URLS {
		f := executor.Submit(func() any { return loadURL(url, 60) })
		futureToURL[f] = url
		fs = append(fs, f)
	}
	for future := range futures.AsCompleted(fs) {
		url := futureToURL[future]
		if data, err := future.Result(); err != nil {
			results[url] = fmt.Sprintf("generated an exception: %v", err)
		} else {
			results[url] = fmt.Sprintf("page is %v bytes", data)
		}
	}
	executor.Shutdown(true, false)
	for _, url := range URLS {
		fmt.Println(url, results[url])
	}
}
