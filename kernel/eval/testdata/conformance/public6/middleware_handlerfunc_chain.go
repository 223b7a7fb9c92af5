package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Code int
	Body string
}

type Handler interface {
	Serve(*Request) Response
}

type HandlerFunc func(*Request) Response

func (f HandlerFunc) Serve(r *Request) Response { return f(r) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			resp := next.Serve(r)
			*log = append(*log, fmt.Sprintf("%s %s -> %d", r.User, r.Path, resp.Code))
			return resp
		})
	}
}

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r *Request) Response {
			for _, a := range allowed {
				if a == r.User {
					return next.Serve(r)
				}
			}
			return Response{403, "forbidden"}
		})
	}
}

func Recover(next Handler) Handler {
	return HandlerFunc(func(r *Request) (resp Response) {
		defer func() {
			if e := recover(); e != nil {
				resp = Response{500, fmt.Sprint("internal: ", e)}
			}
		}()
		return next.Serve(r)
	})
}

type Mux struct {
	routes map[string]Handler
}

func (m *Mux) Handle(p string, h Handler) { m.routes[p] = h }
func (m *Mux) HandleFunc(p string, f func(*Request) Response) {
	m.Handle(p, HandlerFunc(f))
}

func (m *Mux) Serve(r *Request) Response {
	best := ""
	for p := range m.routes {
		if strings.HasPrefix(r.Path, p) && len(p) > len(best) {
			best = p
		}
	}
	if best == "" {
		return Response{404, "not found"}
	}
	return m.routes[best].Serve(r)
}

var errBoom = errors.New("boom")

type static string

func (s static) Serve(*Request) Response { return Response{200, string(s)} }

func main() {
	mux := &Mux{routes: map[string]Handler{}}
	mux.HandleFunc("/hello", func(r *Request) Response { return Response{200, "hello " + r.User} })
	mux.HandleFunc("/panic", func(r *Request) Response { panic(errBoom) })
	mux.Handle("/static", static("file contents"))
	mux.HandleFunc("/hello/admin", func(r *Request) Response {
		return Response{200, "admin area, lang=" + r.Header["lang"]}
	})
	var log []string
	app := Chain(mux, Logging(&log), Recover, Auth("ann", "bob"))
	reqs := []*Request{
		{Path: "/hello", User: "ann"},
		{Path: "/hello/admin/x", User: "bob", Header: map[string]string{"lang": "ko"}},
		{Path: "/panic", User: "ann"},
		{Path: "/static/css", User: "bob"},
		{Path: "/nope", User: "ann"},
		{Path: "/hello", User: "eve"},
	}
	for _, r := range reqs {
		resp := app.Serve(r)
		fmt.Printf("%-16s %d %s\n", r.Path, resp.Code, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
	var h Handler = HandlerFunc(nil)
	_, isFunc := h.(HandlerFunc)
	fmt.Println(isFunc, fmt.Sprintf("%T", app), fmt.Sprintf("%T", static("")))
	paths := make([]string, 0, len(mux.routes))
	for p := range mux.routes {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	fmt.Println(paths)
}
