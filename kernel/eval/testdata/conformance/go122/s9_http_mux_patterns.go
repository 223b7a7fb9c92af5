package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "get item %s (pattern %q)", r.PathValue("id"), r.Pattern)
	})
	mux.HandleFunc("POST /items/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "create")
	})
	mux.HandleFunc("/files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %s", r.PathValue("path"))
	})
	mux.HandleFunc("GET /exact/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "exact")
	})
	for _, c := range []struct{ method, path string }{
		{"GET", "/items/42"},
		{"POST", "/items/"},
		{"DELETE", "/items/42"},
		{"GET", "/files/a/b/c.txt"},
		{"GET", "/exact/"},
		{"GET", "/exact/more"},
		{"HEAD", "/items/7"},
	} {
		req := httptest.NewRequest(c.method, c.path, nil)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		body, _ := io.ReadAll(rec.Result().Body)
		fmt.Println(c.method, c.path, rec.Code, rec.Header().Get("Allow"), string(body))
	}
	r := httptest.NewRequest("GET", "/", nil)
	r.SetPathValue("name", "set")
	fmt.Println(r.PathValue("name"), r.PathValue("missing") == "")
}
