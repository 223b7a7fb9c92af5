package main

import (
	"fmt"
	"sort"
	"strings"
)

type WebsiteChecker func(string) bool

type result struct {
	string
	bool
}

func CheckWebsites(wc WebsiteChecker, urls []string) map[string]bool {
	results := make(map[string]bool)
	resultChannel := make(chan result)
	for _, url := range urls {
		go func(u string) {
			resultChannel <- result{u, wc(u)}
		}(url)
	}
	for i := 0; i < len(urls); i++ {
		r := <-resultChannel
		results[r.string] = r.bool
	}
	return results
}

func mockWebsiteChecker(url string) bool {
	return !strings.HasPrefix(url, "waat://")
}

func main() {
	websites := []string{
		"http://google.com",
		"http://blog.gypsydave5.com",
		"waat://furhurterwe.geds",
	}
	for i := 0; i < 20; i++ {
		websites = append(websites, fmt.Sprintf("http://site%02d.example", i))
	}
	got := CheckWebsites(mockWebsiteChecker, websites)
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	up := 0
	for _, k := range keys[:5] {
		fmt.Println(k, got[k])
	}
	for _, v := range got {
		if v {
			up++
		}
	}
	fmt.Println("checked", len(got), "up", up)
	r := result{"x", true}
	fmt.Printf("%v %+v\n", r, r)
}
