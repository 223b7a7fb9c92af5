package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	path string
	sum  [md5.Size]byte
	err  error
}

var files = map[string]string{
	"a.txt":   "alpha",
	"b.txt":   "bravo",
	"c.txt":   "charlie",
	"bad.txt": "",
	"d.txt":   "delta",
}

func walk(done <-chan struct{}) (<-chan string, <-chan error) {
	paths := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(paths)
		names := make([]string, 0, len(files))
		for k := range files {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, n := range names {
			select {
			case paths <- n:
			case <-done:
				errc <- errors.New("walk canceled")
				return
			}
		}
		errc <- nil
	}()
	return paths, errc
}

func digester(done <-chan struct{}, paths <-chan string, c chan<- result) {
	for p := range paths {
		data := files[p]
		var err error
		if data == "" {
			err = fmt.Errorf("read %s: %w", p, errors.ErrUnsupported)
		}
		select {
		case c <- result{p, md5.Sum([]byte(data)), err}:
		case <-done:
			return
		}
	}
}

func main() {
	done := make(chan struct{})
	defer close(done)
	paths, errc := walk(done)
	c := make(chan result)
	var wg sync.WaitGroup
	const numDigesters = 3
	wg.Add(numDigesters)
	for i := 0; i < numDigesters; i++ {
		go func() {
			digester(done, paths, c)
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	m := make(map[string][md5.Size]byte)
	var errs []error
	for r := range c {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		m[r.path] = r.sum
	}
	if err := <-errc; err != nil {
		fmt.Println("walk:", err)
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%x  %s\n", m[k], k)
	}
	for _, e := range errs {
		fmt.Println("error:", e, errors.Is(e, errors.ErrUnsupported))
	}
}
