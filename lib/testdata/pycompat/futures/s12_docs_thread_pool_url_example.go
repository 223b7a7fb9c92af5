package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var URLS = []string{"http://www.foxnews.com/",
	"http://www.cnn.com/",
	"http://europe.wsj.com/",
	"http://www.bbc.co.uk/",
	"http://nonexistant-subdomain.python.org/"}

var PAGES = map[string]string{}

func init() {
	for _, u := range URLS[:len(URLS)-1] {
		PAGES[u] = strings.Repeat("x", len(u)*100)
	}
}

// Retrieve a single page and report the URL and contents
func loadURL(url string, timeout int) ([]byte, error) {
	page, ok := PAGES[url]
	if !ok {
		return nil, errors.New("<urlopen error [Errno -2] Name or service not known>")
	}
	return []byte(page), nil
}

func main() {
	report := map[string]string{}
	executor := &futures.ThreadPoolExecutor{MaxWorkers: 5}
	futureToURL := map[*futures.Future]string{}
	var fs []*futures.Future
	for _, url := range URLS {
		f := executor.Submit(func() any {
			data, err := loadURL(url, 60)
			if err != nil {
				panic(err)
			}
			return data
		})
		futureToURL[f] = url
		fs = append(fs, f)
	}
	for future := range futures.AsCompleted(fs) {
		url := futureToURL[future]
		data, err := future.Result()
		if err != nil {
			report[url] = fmt.Sprintf("'%s' generated an exception: %v", url, err)
		} else {
			report[url] = fmt.Sprintf("'%s' page is %d bytes", url, len(data.([]byte)))
		}
	}
	executor.Shutdown(true, false)
	for _, url := range URLS {
		fmt.Println(report[url])
	}
}
