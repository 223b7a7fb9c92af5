package main

import (
	"fmt"
	"strings"
)

func source(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		for _, w := range words {
			out <- w
		}
		close(out)
	}()
	return out
}

func stage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func main() {
	p := stage(stage(source("go", "chan", "select"), strings.ToUpper), func(s string) string {
		return "<" + s + ">"
	})
	for s := range p {
		fmt.Println(s)
	}
}
