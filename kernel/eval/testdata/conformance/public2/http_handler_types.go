package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type counterHandler struct {
	mu sync.Mutex
	n  int
}

func (h *counterHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	h.n++
	n := h.n
	h.mu.Unlock()
	fmt.Fprintf(w, "count=%d method=%s", n, r.Method)
}

func logging(next http.Handler, log *[]string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		*log = append(*log, r.Method+" "+r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

type item struct {
	Name  string `json:"name"`
	Price int    `json:"price"`
}

func main() {
	var log []string
	mux := http.NewServeMux()
	mux.Handle("/count", &counterHandler{})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		var it item
		if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		it.Price *= 2
		json.NewEncoder(w).Encode(it)
	})
	h := logging(mux, &log)
	do := func(method, path, body string) {
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		res := rec.Result()
		b, _ := io.ReadAll(res.Body)
		fmt.Printf("%d %s %q\n", res.StatusCode, res.Header.Get("Content-Type"), string(b))
	}
	do("GET", "/count", "")
	do("GET", "/count", "")
	do("POST", "/items", `{"name":"pen","price":3}`)
	do("POST", "/items", `{bad`)
	do("GET", "/items", "")
	do("GET", "/missing", "")
	fmt.Println(log)
}
