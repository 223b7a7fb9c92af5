package main

import (
	"fmt"
	"sort"
	"sync"
)

var web = map[string][]string{
	"/":        {"/about", "/blog", "/contact"},
	"/about":   {"/", "/team"},
	"/blog":    {"/blog/1", "/blog/2", "/"},
	"/blog/1":  {"/blog", "/blog/2"},
	"/blog/2":  {"/blog/3"},
	"/blog/3":  {"/missing"},
	"/team":    {"/about", "/contact"},
	"/contact": nil,
}

var tokens = make(chan struct{}, 3)

func extract(url string) ([]string, error) {
	tokens <- struct{}{}
	defer func() { <-tokens }()
	links, ok := web[url]
	if !ok {
		return nil, fmt.Errorf("fetch %s: 404", url)
	}
	return links, nil
}

func main() {
	worklist := make(chan []string)
	var n int
	n++
	go func() { worklist <- []string{"/"} }()
	seen := make(map[string]bool)
	var errs []string
	var mu sync.Mutex
	for ; n > 0; n-- {
		list := <-worklist
		for _, link := range list {
			if !seen[link] {
				seen[link] = true
				n++
				go func(link string) {
					links, err := extract(link)
					if err != nil {
						mu.Lock()
						errs = append(errs, err.Error())
						mu.Unlock()
					}
					worklist <- links
				}(link)
			}
		}
	}
	var pages []string
	for p := range seen {
		pages = append(pages, p)
	}
	sort.Strings(pages)
	fmt.Println(len(pages), pages)
	fmt.Println(errs)
}
