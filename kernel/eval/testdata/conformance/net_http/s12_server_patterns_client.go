package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type Greeter struct{ Greeting string }

func (g Greeter) hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s, %s!", g.Greeting, r.PathValue("name"))
}

type apiKey string

func (k apiKey) wrap(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Key") != string(k) {
			http.Error(w, "denied", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func main() {
	g := Greeter{"Hello"}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello/{name}", g.hello)
	mux.HandleFunc("POST /echo", apiKey("s3cret").wrap(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		keys := make([]string, 0)
		for k := range r.URL.Query() {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(w, "%s %v", strings.ToUpper(string(b)), keys)
	}))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	get := func(path string) {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			fmt.Println(err)
			return
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		fmt.Println(res.StatusCode, strings.TrimSpace(string(b)))
	}
	get("/hello/gopher")
	get("/hello/")
	for _, key := range []string{"s3cret", "wrong"} {
		req, _ := http.NewRequest("POST", srv.URL+"/echo?b=1&a=2", strings.NewReader("shout"))
		req.Header.Set("X-Key", key)
		res, err := srv.Client().Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Println(res.StatusCode, strings.TrimSpace(string(b)))
	}
	res, _ := http.Post(srv.URL+"/hello/x", "text/plain", nil)
	fmt.Println(res.StatusCode, res.Header.Get("Allow"))
	res.Body.Close()
}
