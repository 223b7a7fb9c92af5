package main

import (
	"errors"
	"fmt"
	"strings"
)

// An HTTP-style handler chain built of structs whose fields hold the next
// handler (an interface declared in the program): logging, auth and
// recovery decorators, a router with a map of handlers and a fallback.

type Request struct {
	Path string
	User string
}

type Handler interface {
	Serve(r Request) (string, error)
}

type HandlerFunc func(Request) (string, error)

func (f HandlerFunc) Serve(r Request) (string, error) { return f(r) }

type logging struct {
	next Handler
	log  *[]string
}

func (l logging) Serve(r Request) (string, error) {
	out, err := l.next.Serve(r)
	*l.log = append(*l.log, fmt.Sprintf("%s -> %q %v", r.Path, out, err))
	return out, err
}

type auth struct {
	Next    Handler
	Allowed map[string]bool
}

var errDenied = errors.New("denied")

func (a *auth) Serve(r Request) (string, error) {
	if !a.Allowed[r.User] {
		return "", fmt.Errorf("user %s: %w", r.User, errDenied)
	}
	return a.Next.Serve(r)
}

type recoverer struct{ Inner Handler }

func (rc recoverer) Serve(r Request) (out string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return rc.Inner.Serve(r)
}

type router struct {
	routes   map[string]Handler
	fallback Handler
}

func (rt router) Serve(r Request) (string, error) {
	if h, ok := rt.routes[r.Path]; ok {
		return h.Serve(r)
	}
	return rt.fallback.Serve(r)
}

func main() {
	var log []string
	rt := router{
		routes: map[string]Handler{
			"/hello": HandlerFunc(func(r Request) (string, error) { return "hello " + r.User, nil }),
			"/boom":  HandlerFunc(func(Request) (string, error) { panic("boom") }),
			"/upper": HandlerFunc(func(r Request) (string, error) { return strings.ToUpper(r.User), nil }),
		},
		fallback: HandlerFunc(func(r Request) (string, error) { return "", errors.New("not found: " + r.Path) }),
	}
	var h Handler = logging{next: recoverer{&auth{Next: rt, Allowed: map[string]bool{"ann": true}}}, log: &log}
	for _, req := range []Request{{"/hello", "ann"}, {"/upper", "ann"}, {"/boom", "ann"}, {"/x", "ann"}, {"/hello", "bob"}} {
		out, err := h.Serve(req)
		fmt.Printf("%-8s %-5s %-10q %v denied=%v\n", req.Path, req.User, out, err, errors.Is(err, errDenied))
	}
	fmt.Println(strings.Join(log, "\n"))

	// Replace a decorator's inner handler through the chain.
	l := h.(logging)
	a := l.next.(recoverer).Inner.(*auth)
	a.Allowed["bob"] = true
	a.Next = HandlerFunc(func(r Request) (string, error) { return "maintenance", nil })
	out, err := h.Serve(Request{"/hello", "bob"})
	fmt.Println(out, err, len(log))
}
