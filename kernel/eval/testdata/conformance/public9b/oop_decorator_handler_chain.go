package main

import (
	"fmt"
	"strings"
)

type Handler interface {
	Handle(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(r string) string { return f(r) }

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r string) string {
			*log = append(*log, "in:"+r)
			out := next.Handle(r)
			*log = append(*log, "out:"+out)
			return out
		})
	}
}

func Upper(next Handler) Handler {
	return HandlerFunc(func(r string) string { return strings.ToUpper(next.Handle(r)) })
}

type Prefixer struct {
	Prefix string
	Next   Handler
}

func (p Prefixer) Handle(r string) string { return p.Prefix + p.Next.Handle(r) }

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type echo struct{}

func (echo) Handle(r string) string { return "echo(" + r + ")" }

func main() {
	var log []string
	h := Chain(echo{}, Logging(&log), Upper, func(n Handler) Handler { return Prefixer{"> ", n} })
	fmt.Println(h.Handle("hi"))
	fmt.Println(h.Handle("go"))
	fmt.Println(log)
	var hs []Handler
	for _, p := range []string{"a", "b", "c"} {
		hs = append(hs, Prefixer{p, HandlerFunc(func(r string) string { return r + p })})
	}
	for _, h := range hs {
		fmt.Print(h.Handle("-"), " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", h, hs[0])
}
