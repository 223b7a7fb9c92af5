package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "missing name", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "hello, %s", strings.ToUpper(name))
}

func main() {
	http.HandleFunc("/hello", hello)
	http.Handle("/static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "file:", r.URL.Path)
	})))
	for _, target := range []string{"/hello?name=go", "/hello", "/static/a/b.css", "/nope"} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", target, nil)
		http.DefaultServeMux.ServeHTTP(rec, req)
		body, _ := io.ReadAll(rec.Result().Body)
		fmt.Printf("%-18s %d %q %q\n", target, rec.Code, rec.Header().Get("Content-Type"), strings.TrimSpace(string(body)))
	}
}
