package main

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

type Params map[string]string

type Handler func(p Params, q url.Values) (int, string)

type route struct {
	method  string
	parts   []string
	handler Handler
}

type Router struct {
	routes   []route
	notFound Handler
}

var ErrMethod = errors.New("method not allowed")

func (r *Router) Handle(method, pattern string, h Handler) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func match(parts, segs []string) (Params, bool) {
	p := Params{}
	for i, part := range parts {
		if strings.HasPrefix(part, "*") {
			p[part[1:]] = strings.Join(segs[i:], "/")
			return p, true
		}
		if i >= len(segs) {
			return nil, false
		}
		switch {
		case strings.HasPrefix(part, ":"):
			p[part[1:]] = segs[i]
		case part != segs[i]:
			return nil, false
		}
	}
	return p, len(parts) == len(segs)
}

func (r *Router) Serve(method, rawURL string) (int, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return 400, "", err
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	allowed := false
	for _, rt := range r.routes {
		if p, ok := match(rt.parts, segs); ok {
			if rt.method != method {
				allowed = true
				continue
			}
			code, body := rt.handler(p, u.Query())
			return code, body, nil
		}
	}
	if allowed {
		return 405, "", ErrMethod
	}
	code, body := r.notFound(nil, nil)
	return code, body, nil
}

func main() {
	users := map[string]string{"1": "ada", "2": "bob"}
	r := &Router{notFound: func(Params, url.Values) (int, string) { return 404, "not found" }}
	r.Handle("GET", "/users", func(_ Params, q url.Values) (int, string) {
		ids := make([]string, 0, len(users))
		for id := range users {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		if q.Get("sort") == "desc" {
			sort.Sort(sort.Reverse(sort.StringSlice(ids)))
		}
		return 200, strings.Join(ids, ",")
	})
	r.Handle("GET", "/users/:id", func(p Params, _ url.Values) (int, string) {
		if name, ok := users[p["id"]]; ok {
			return 200, name
		}
		return 404, "no user " + p["id"]
	})
	r.Handle("DELETE", "/users/:id", func(p Params, _ url.Values) (int, string) {
		delete(users, p["id"])
		return 204, ""
	})
	r.Handle("GET", "/files/*path", func(p Params, q url.Values) (int, string) {
		return 200, fmt.Sprintf("file %q dl=%v", p["path"], q["dl"])
	})
	reqs := [][2]string{
		{"GET", "/users"}, {"GET", "/users?sort=desc"}, {"GET", "/users/2"}, {"GET", "/users/9"},
		{"POST", "/users/2"}, {"DELETE", "/users/2"}, {"GET", "/users/"}, {"GET", "/files/a/b/c.txt?dl=1&dl=2"},
		{"GET", "/nothing/here"}, {"GET", "/users/%zz"},
	}
	for _, rq := range reqs {
		code, body, err := r.Serve(rq[0], rq[1])
		fmt.Printf("%-6s %-30s %d %-20q %v\n", rq[0], rq[1], code, body, err)
	}
	u, _ := url.Parse("https://user:pw@example.com:8443/a%20b/c?x=1&y=two#frag")
	fmt.Println(u.Scheme, u.User.Username(), u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment, u.EscapedPath())
	v := url.Values{}
	v.Set("q", "go lang")
	v.Add("tag", "a&b")
	v.Add("tag", "c")
	fmt.Println(v.Encode(), url.PathEscape("a b/c"), url.QueryEscape("a b/c"))
}
