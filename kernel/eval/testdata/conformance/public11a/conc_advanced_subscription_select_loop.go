package main

import (
	"errors"
	"fmt"
	"time"
)

type Item struct{ Title, Channel string }

type Fetcher interface {
	Fetch() (items []Item, next time.Time, err error)
}

type fakeFetcher struct {
	channel string
	n       int
}

func (f *fakeFetcher) Fetch() ([]Item, time.Time, error) {
	f.n++
	if f.n == 3 {
		return nil, time.Now(), errors.New("temporary failure")
	}
	items := []Item{{fmt.Sprintf("%s post %d", f.channel, f.n), f.channel}}
	return items, time.Now().Add(time.Millisecond), nil
}

type sub struct {
	fetcher Fetcher
	updates chan Item
	closing chan chan error
}

func Subscribe(f Fetcher) *sub {
	s := &sub{fetcher: f, updates: make(chan Item), closing: make(chan chan error)}
	go s.loop()
	return s
}

func (s *sub) Updates() <-chan Item { return s.updates }

func (s *sub) Close() error {
	errc := make(chan error)
	s.closing <- errc
	return <-errc
}

func (s *sub) loop() {
	var pending []Item
	var next time.Time
	var err error
	var errs int
	seen := map[string]bool{}
	for {
		var fetchDelay time.Duration
		if now := time.Now(); next.After(now) {
			fetchDelay = next.Sub(now)
		}
		var startFetch <-chan time.Time
		if len(pending) < 10 {
			startFetch = time.After(fetchDelay)
		}
		var first Item
		var updates chan Item
		if len(pending) > 0 {
			first = pending[0]
			updates = s.updates
		}
		select {
		case errc := <-s.closing:
			errc <- fmt.Errorf("closed after %d errors", errs)
			close(s.updates)
			return
		case <-startFetch:
			var fetched []Item
			fetched, next, err = s.fetcher.Fetch()
			if err != nil {
				errs++
				next = time.Now().Add(time.Millisecond)
				break
			}
			for _, it := range fetched {
				if !seen[it.Title] {
					seen[it.Title] = true
					pending = append(pending, it)
				}
			}
		case updates <- first:
			pending = pending[1:]
		}
	}
}

func main() {
	s := Subscribe(&fakeFetcher{channel: "blog"})
	for i := 0; i < 5; i++ {
		it := <-s.Updates()
		fmt.Println(it.Channel, "|", it.Title)
	}
	fmt.Println("close:", s.Close())
	_, ok := <-s.Updates()
	fmt.Println("updates open:", ok)
}
