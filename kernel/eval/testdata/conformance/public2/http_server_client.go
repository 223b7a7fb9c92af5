package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

func hello(w http.ResponseWriter, req *http.Request) {
	fmt.Fprintf(w, "hello\n")
}

func headers(w http.ResponseWriter, req *http.Request) {
	var names []string
	for name := range req.Header {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if strings.HasPrefix(name, "X-") {
			fmt.Fprintf(w, "%v: %v\n", name, strings.Join(req.Header[name], ","))
		}
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", hello)
	mux.HandleFunc("/headers", headers)
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "item %s\n", r.PathValue("id"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/hello")
	if err != nil {
		panic(err)
	}
	fmt.Println("Response status:", resp.Status)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(body))
	req, _ := http.NewRequest("GET", srv.URL+"/headers", nil)
	req.Header.Set("X-Foo", "bar")
	req.Header.Add("X-Multi", "1")
	req.Header.Add("X-Multi", "2")
	resp, _ = http.DefaultClient.Do(req)
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(body))
	resp, _ = http.Get(srv.URL + "/items/42")
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(body))
	resp, _ = http.Get(srv.URL + "/nope")
	fmt.Println(resp.StatusCode)
	resp.Body.Close()
	rec := httptest.NewRecorder()
	hello(rec, httptest.NewRequest("GET", "/hello", nil))
	fmt.Printf("%d %q\n", rec.Code, rec.Body.String())
}
