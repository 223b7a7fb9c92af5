package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.Handler) http.Handler

type Chain []Middleware

func (c Chain) Then(h http.Handler) http.Handler {
	for i := len(c) - 1; i >= 0; i-- {
		h = c[i](h)
	}
	return h
}

type Logger struct{ lines []string }

func (l *Logger) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		l.lines = append(l.lines, fmt.Sprintf("%s %s %d %dB", r.Method, r.URL.Path, rec.status, rec.bytes))
	})
}

type recorder struct {
	http.ResponseWriter
	status, bytes int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

type Auth map[string]string

func (a Auth) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, ok := a[r.Header.Get("Authorization")]
		if !ok {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		r.Header.Set("X-User", user)
		next.ServeHTTP(w, r)
	})
}

type Hello struct{ greeting string }

func (h Hello) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "%s, %s!", h.greeting, r.Header.Get("X-User"))
}

func main() {
	log := &Logger{}
	h := Chain{log.Middleware, Auth{"tok1": "ann"}.Middleware}.Then(Hello{"hi"})
	for _, tok := range []string{"tok1", "bad", ""} {
		req := httptest.NewRequest("GET", "/greet", nil)
		if tok != "" {
			req.Header.Set("Authorization", tok)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		body, _ := io.ReadAll(w.Result().Body)
		fmt.Println(w.Code, strings.TrimSpace(string(body)), w.Header().Get("Content-Type"))
	}
	fmt.Println(log.lines)
	var mw Middleware = func(h http.Handler) http.Handler { return http.StripPrefix("/v1", h) }
	w0 := httptest.NewRecorder()
	Chain{mw}.Then(Hello{"v1"}).ServeHTTP(w0, httptest.NewRequest("GET", "/v1/x", nil))
	fmt.Println(w0.Body.String())
	sp := http.StripPrefix("/api", Hello{"yo"})
	w := httptest.NewRecorder()
	sp.ServeHTTP(w, httptest.NewRequest("GET", "/api/x", nil))
	fmt.Println(w.Body.String())
}
