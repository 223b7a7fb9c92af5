package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func transform(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- f(w)
		}
	}()
	return out
}

func fanIn(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	src := generate("gopher", "channel", "select", "mutex", "atomic", "context")
	upper := transform(src, strings.ToUpper)
	w1 := transform(upper, func(s string) string { return "[" + s + "]" })
	w2 := transform(upper, func(s string) string { return "<" + s + ">" })
	var got []string
	for v := range fanIn(w1, w2) {
		got = append(got, strings.Trim(v, "[]<>"))
	}
	slices.Sort(got)
	fmt.Println(got, len(got))
}
