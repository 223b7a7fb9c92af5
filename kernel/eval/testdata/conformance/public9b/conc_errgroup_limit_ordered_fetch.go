package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

type limitedGroup struct {
	wg   sync.WaitGroup
	sem  chan struct{}
	mu   sync.Mutex
	errs []error
}

func newLimited(n int) *limitedGroup { return &limitedGroup{sem: make(chan struct{}, n)} }

func (g *limitedGroup) Go(f func() error) {
	g.sem <- struct{}{}
	g.wg.Go(func() {
		defer func() { <-g.sem }()
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs = append(g.errs, err)
			g.mu.Unlock()
		}
	})
}

func (g *limitedGroup) Wait() []error {
	g.wg.Wait()
	return g.errs
}

type page struct {
	url   string
	words int
}

var site = map[string]string{
	"/":        "welcome to the site",
	"/about":   "about us and our mission statement",
	"/contact": "",
	"/blog":    "posts about go concurrency patterns",
	"/404":     "!",
}

func fetch(ctx context.Context, url string) (page, error) {
	if err := ctx.Err(); err != nil {
		return page{}, err
	}
	body, ok := site[url]
	switch {
	case !ok || body == "!":
		return page{}, fmt.Errorf("GET %s: not found", url)
	case body == "":
		return page{}, fmt.Errorf("GET %s: empty body", url)
	}
	return page{url, len(strings.Fields(body))}, nil
}

func main() {
	urls := []string{"/", "/about", "/contact", "/blog", "/404", "/missing"}
	pages := make([]page, len(urls))
	g := newLimited(2)
	ctx := context.Background()
	for i, u := range urls {
		g.Go(func() error {
			p, err := fetch(ctx, u)
			if err != nil {
				return err
			}
			pages[i] = p
			return nil
		})
	}
	errs := g.Wait()
	for _, p := range pages {
		if p.url != "" {
			fmt.Printf("%-8s %d words\n", p.url, p.words)
		}
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	sortStrings(msgs)
	fmt.Println(strings.Join(msgs, "\n"))
	joined := errors.Join(errs...)
	fmt.Println(len(strings.Split(joined.Error(), "\n")))
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
