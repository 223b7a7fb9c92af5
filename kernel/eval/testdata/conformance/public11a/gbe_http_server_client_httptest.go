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
	fmt.Fprintf(w, "hello %s\n", req.URL.Query().Get("name"))
}

func headers(w http.ResponseWriter, req *http.Request) {
	var names []string
	for name := range req.Header {
		if strings.HasPrefix(name, "X-") {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		for _, h := range req.Header[name] {
			fmt.Fprintf(w, "%v: %v\n", name, h)
		}
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", hello)
	mux.HandleFunc("/headers", headers)
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(strings.ToUpper(string(b))))
	})
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "item %s", r.PathValue("id"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/hello?name=gopher")
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("Response status:", resp.Status)
	fmt.Print(string(body))
	req, _ := http.NewRequest("GET", srv.URL+"/headers", nil)
	req.Header.Set("X-Trace", "abc")
	req.Header.Add("X-Multi", "1")
	req.Header.Add("X-Multi", "2")
	resp, _ = http.DefaultClient.Do(req)
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(body))
	resp, _ = http.Post(srv.URL+"/echo", "text/plain", strings.NewReader("shout"))
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"), string(body))
	resp, _ = http.Get(srv.URL + "/items/42")
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(string(body))
	resp, _ = http.Get(srv.URL + "/missing")
	resp.Body.Close()
	fmt.Println(resp.StatusCode, http.StatusText(resp.StatusCode))
	rec := httptest.NewRecorder()
	hello(rec, httptest.NewRequest("GET", "/hello?name=recorder", nil))
	fmt.Printf("%d %q\n", rec.Code, rec.Body.String())
}
