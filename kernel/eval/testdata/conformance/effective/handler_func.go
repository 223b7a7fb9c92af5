package main

import (
	"fmt"
	"io"
	"strings"
)

type Request struct{ Path string }

type Handler interface {
	Serve(w io.Writer, r *Request)
}

type Counter struct{ n int }

func (ctr *Counter) Serve(w io.Writer, r *Request) {
	ctr.n++
	fmt.Fprintf(w, "counter = %d\n", ctr.n)
}

type Chan chan *Request

func (ch Chan) Serve(w io.Writer, r *Request) {
	ch <- r
	fmt.Fprint(w, "notification sent\n")
}

type HandlerFunc func(io.Writer, *Request)

func (f HandlerFunc) Serve(w io.Writer, r *Request) { f(w, r) }

func ArgServer(w io.Writer, r *Request) {
	fmt.Fprintln(w, "args for", r.Path)
}

func main() {
	var sb strings.Builder
	handlers := map[string]Handler{}
	ctr := new(Counter)
	handlers["/counter"] = ctr
	ch := make(Chan, 1)
	handlers["/events"] = ch
	handlers["/args"] = HandlerFunc(ArgServer)
	for _, p := range []string{"/counter", "/counter", "/events", "/args"} {
		handlers[p].Serve(&sb, &Request{p})
	}
	fmt.Print(sb.String())
	fmt.Println((<-ch).Path, ctr.n)
}
