package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type Store struct {
	mu    sync.Mutex
	items map[string]int
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := r.PathValue("key")
	switch r.Method {
	case http.MethodGet:
		v, ok := s.items[key]
		if !ok {
			http.Error(w, "no such key "+key, http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"key": key, "value": v})
	case http.MethodPut:
		body, _ := io.ReadAll(r.Body)
		var n int
		if _, err := fmt.Sscan(string(body), &n); err != nil {
			http.Error(w, "bad body: "+err.Error(), http.StatusBadRequest)
			return
		}
		s.items[key] = n
		w.WriteHeader(http.StatusCreated)
	default:
		w.Header().Set("Allow", "GET, PUT")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

type logger struct {
	next  http.Handler
	lines *[]string
}

func (l logger) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w, code: 200}
	l.next.ServeHTTP(rec, r)
	*l.lines = append(*l.lines, fmt.Sprintf("%s %s -> %d", r.Method, r.URL.Path, rec.code))
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(c int) {
	s.code = c
	s.ResponseWriter.WriteHeader(c)
}

func main() {
	store := &Store{items: map[string]int{"a": 1}}
	mux := http.NewServeMux()
	mux.Handle("/items/{key}", store)
	mux.HandleFunc("GET /hello/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s! q=%s", r.PathValue("name"), r.URL.Query().Get("q"))
	})
	var lines []string
	h := logger{mux, &lines}
	reqs := []struct{ method, path, body string }{
		{"GET", "/items/a", ""},
		{"PUT", "/items/b", "42"},
		{"GET", "/items/b", ""},
		{"PUT", "/items/c", "x"},
		{"GET", "/items/zz", ""},
		{"DELETE", "/items/a", ""},
		{"GET", "/hello/gopher?q=1+2", ""},
		{"POST", "/hello/x", ""},
		{"GET", "/nothing", ""},
	}
	for _, rq := range reqs {
		req := httptest.NewRequest(rq.method, rq.path, strings.NewReader(rq.body))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		res := w.Result()
		body, _ := io.ReadAll(res.Body)
		fmt.Printf("%-6s %-20s %d %q ct=%q allow=%q\n", rq.method, rq.path, res.StatusCode, strings.TrimSpace(string(body)), res.Header.Get("Content-Type"), res.Header.Get("Allow"))
	}
	fmt.Println(strings.Join(lines, "\n"))
	keys := []string{}
	for k := range store.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, http.StatusText(418))
}
