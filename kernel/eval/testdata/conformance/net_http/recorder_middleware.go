package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type logger struct {
	next http.Handler
	log  []string
}

func (l *logger) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	l.log = append(l.log, r.Method+" "+r.URL.Path)
	l.next.ServeHTTP(w, r)
}

func auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer t0k" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/secret", auth(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("the secret"))
	}))
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		fmt.Fprintf(w, "%s %v", r.Method, r.Form["v"])
	})
	l := &logger{next: mux}
	for _, tc := range []struct{ method, url, auth, body string }{
		{"GET", "/secret", "", ""},
		{"GET", "/secret", "Bearer t0k", ""},
		{"POST", "/echo?v=1", "", "v=2&v=3"},
	} {
		req := httptest.NewRequest(tc.method, tc.url, strings.NewReader(tc.body))
		if tc.auth != "" {
			req.Header.Set("Authorization", tc.auth)
		}
		if tc.body != "" {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		rec := httptest.NewRecorder()
		l.ServeHTTP(rec, req)
		fmt.Println(rec.Code, rec.Body.String())
	}
	fmt.Println(l.log)
}
