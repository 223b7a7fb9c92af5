package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, ms ...Middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logger(log *[]string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			*log = append(*log, "-> "+r.Method+" "+r.URL.Path)
			next.ServeHTTP(w, r)
			*log = append(*log, "<- "+r.URL.Path)
		})
	}
}

func RequireHeader(name string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get(name) == "" {
				http.Error(w, "missing "+name, http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func Metrics(counts map[int]int) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec := &statusRecorder{w, http.StatusOK}
			next.ServeHTTP(rec, r)
			counts[rec.status]++
		})
	}
}

type greeter struct{ greeting string }

func (g greeter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, "no name")
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "%s, %s!", g.greeting, strings.Title(name))
}

func main() {
	var log []string
	counts := map[int]int{}
	h := Chain(greeter{"Hello"}, Logger(&log), Metrics(counts), RequireHeader("X-Token"))
	reqs := []struct {
		url   string
		token string
	}{{"/greet?name=ada", "t"}, {"/greet", "t"}, {"/greet?name=bob", ""}, {"/greet?name=eve", "x"}}
	for _, rq := range reqs {
		req := httptest.NewRequest("GET", rq.url, nil)
		if rq.token != "" {
			req.Header.Set("X-Token", rq.token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%-18s %d %q %q\n", rq.url, rec.Code, strings.TrimSpace(rec.Body.String()), rec.Header().Get("Content-Type"))
	}
	fmt.Println(strings.Join(log, "\n"))
	codes := make([]int, 0, len(counts))
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		fmt.Println(c, http.StatusText(c), counts[c])
	}
}
