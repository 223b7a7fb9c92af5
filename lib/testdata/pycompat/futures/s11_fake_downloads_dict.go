package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var pages = map[string]int{"a.com": 120, "b.org": 45, "c.net": 300, "d.io": 7}

func load(url string) any {
	if url == "c.net" {
		panic("ConnectionError: timed out: " + url)
	}
	return pages[url] * 10
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	futureToURL := map[*futures.Future]string{}
	var fs []*futures.Future
	for _, url := range []string{"a.com", "b.org", "c.net", "d.io"} {
		f := ex.Submit(func() any { return load(url) })
		futureToURL[f] = url
		fs = append(fs, f)
	}
	var report []string
	for future := range futures.AsCompleted(fs) {
		url := futureToURL[future]
		data, err := future.Result()
		if err != nil {
			_, msg, _ := strings.Cut(err.Error(), ": ")
			report = append(report, fmt.Sprintf("'%s' generated an exception: %s", url, msg))
		} else {
			report = append(report, fmt.Sprintf("'%s' page is %d bytes", url, data))
		}
	}
	ex.Shutdown(true, false)
	sort.Strings(report)
	for _, line := range report {
		fmt.Println(line)
	}
}
