package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method, Path string
	Params       map[string]string
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Context struct {
	*Request
	*Response
	values map[string]any
}

func (c *Context) Set(k string, v any) { c.values[k] = v }
func (c *Context) Get(k string) any    { return c.values[k] }
func (c *Context) Write(s string)      { c.Body.WriteString(s) }

type HandlerFunc func(*Context) error

type Router struct {
	routes map[string]HandlerFunc
	mw     []func(HandlerFunc) HandlerFunc
}

var ErrNotFound = errors.New("not found")

func (r *Router) Handle(method, pattern string, h HandlerFunc) {
	if r.routes == nil {
		r.routes = map[string]HandlerFunc{}
	}
	r.routes[method+" "+pattern] = h
}

func (r *Router) Use(m func(HandlerFunc) HandlerFunc) { r.mw = append(r.mw, m) }

func match(pattern, path string) (map[string]string, bool) {
	pp, sp := strings.Split(pattern, "/"), strings.Split(path, "/")
	if len(pp) != len(sp) {
		return nil, false
	}
	params := map[string]string{}
	for i := range pp {
		if strings.HasPrefix(pp[i], ":") {
			params[pp[i][1:]] = sp[i]
		} else if pp[i] != sp[i] {
			return nil, false
		}
	}
	return params, true
}

func (r *Router) Serve(method, path string) (int, string) {
	keys := make([]string, 0, len(r.routes))
	for k := range r.routes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ctx := &Context{&Request{Method: method, Path: path}, &Response{Status: 200}, map[string]any{}}
	var h HandlerFunc = func(*Context) error { return ErrNotFound }
	for _, k := range keys {
		m, pat, _ := strings.Cut(k, " ")
		if m != method {
			continue
		}
		if params, ok := match(pat, path); ok {
			ctx.Params = params
			h = r.routes[k]
			break
		}
	}
	for i := len(r.mw) - 1; i >= 0; i-- {
		h = r.mw[i](h)
	}
	if err := h(ctx); err != nil {
		if errors.Is(err, ErrNotFound) {
			ctx.Status = 404
		} else if ctx.Status == 200 {
			ctx.Status = 500
		}
		ctx.Write("error: " + err.Error())
	}
	return ctx.Status, ctx.Body.String()
}

func main() {
	var log []string
	r := &Router{}
	r.Use(func(next HandlerFunc) HandlerFunc {
		return func(c *Context) error {
			err := next(c)
			log = append(log, fmt.Sprintf("%s %s %d", c.Method, c.Path, c.Status))
			return err
		}
	})
	r.Use(func(next HandlerFunc) HandlerFunc {
		return func(c *Context) error {
			c.Set("user", "ann")
			return next(c)
		}
	})
	r.Handle("GET", "/users/:id", func(c *Context) error {
		c.Write(fmt.Sprintf("user %s (viewer %v)", c.Params["id"], c.Get("user")))
		return nil
	})
	r.Handle("POST", "/users/:id/posts/:post", func(c *Context) error {
		c.Status = 201
		c.Write("created " + c.Params["post"] + " for " + c.Params["id"])
		return nil
	})
	r.Handle("GET", "/boom", func(c *Context) error { return fmt.Errorf("handler exploded") })
	for _, rq := range [][2]string{{"GET", "/users/7"}, {"POST", "/users/7/posts/hello"}, {"GET", "/nope"}, {"GET", "/boom"}, {"DELETE", "/users/7"}} {
		st, body := r.Serve(rq[0], rq[1])
		fmt.Printf("%-6s %-22s %d %s\n", rq[0], rq[1], st, body)
	}
	fmt.Println(strings.Join(log, "; "))
}
