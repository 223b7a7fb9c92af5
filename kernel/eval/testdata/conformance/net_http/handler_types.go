package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

type Greeting string

func (g Greeting) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, string(g)+" from "+r.URL.Path)
}

type API struct{ version int }

func (a *API) status(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "v%d ok", a.version)
}

func get(url string) string {
	resp, err := http.Get(url)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return fmt.Sprintf("%d %s", resp.StatusCode, b)
}

func main() {
	api := &API{version: 2}
	mux := http.NewServeMux()
	mux.Handle("/greet/", Greeting("hi"))
	mux.HandleFunc("/status", api.status)
	mux.Handle("/redirect", http.RedirectHandler("/status", http.StatusFound))
	mux.Handle("/strip/", http.StripPrefix("/strip", Greeting("stripped")))
	mux.Handle("/fn", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
		io.WriteString(w, "teapot")
	}))
	mux.Handle("/nf", http.NotFoundHandler())
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, p := range []string{"/greet/x", "/status", "/redirect", "/strip/y", "/fn", "/nf"} {
		fmt.Println(p, get(srv.URL+p))
	}
}
