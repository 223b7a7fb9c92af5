package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	urls    = []string{"a.html", "b.css", "c.js", "d.png"}
	sizes   = map[string]int{"a.html": 120, "b.css": 40, "c.js": 300, "d.png": 0}
	release = map[string]*threading.Event{}
)

func download(url string) any {
	release[url].WaitTimeout(10 * time.Second)
	if sizes[url] == 0 {
		panic("OSError: empty body from " + url)
	}
	return sizes[url]
}

func main() {
	for _, u := range urls {
		release[u] = &threading.Event{}
	}
	var order []string
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	futureToURL := map[*futures.Future]string{}
	var fs []*futures.Future
	for _, u := range urls {
		f := ex.Submit(func() any { return download(u) })
		futureToURL[f] = u
		fs = append(fs, f)
	}
	for _, url := range []string{"c.js", "a.html", "d.png", "b.css"} {
		release[url].Set()
		for f := range futures.AsCompleted(fs) {
			if futureToURL[f] == url {
				break
			}
		}
	}
	for f := range futures.AsCompleted(fs) {
		url := futureToURL[f]
		if r, err := f.Result(); err != nil {
			msg := err.Error()[len("OSError: "):]
			order = append(order, fmt.Sprintf("'%s' generated an exception: %s", url, msg))
		} else {
			order = append(order, fmt.Sprintf("'%s' page is %d bytes", url, r))
		}
	}
	ex.Shutdown(true, false)
	sort.Strings(order)
	for _, line := range order {
		fmt.Println(line)
	}
}
