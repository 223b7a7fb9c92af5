package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func (h Handler) Serve(s string) string {
	if h == nil {
		return "no handler"
	}
	return h(s)
}

func chain(hs ...Handler) Handler {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

func main() {
	var h Handler
	fmt.Println(h == nil, h.Serve("x"))
	h = strings.ToUpper
	fmt.Println(h != nil, h.Serve("x"))
	c := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(c("  hi  "))
	var fs [3]func() int
	fmt.Println(fs[0] == nil)
	m := map[string]func() int{}
	if f, ok := m["x"]; !ok && f == nil {
		fmt.Println("missing func is nil")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var nf func() int
	fmt.Println(nf())
}
