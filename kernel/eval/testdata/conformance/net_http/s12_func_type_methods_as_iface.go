package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type HandlerE func(w http.ResponseWriter, r *http.Request) error

func (h HandlerE) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		http.Error(w, err.Error(), 500)
	}
}

type Greeter func() string

func (g Greeter) String() string { return "greeter says " + g() }

func hello(w http.ResponseWriter, r *http.Request) error {
	fmt.Fprint(w, "hi")
	return nil
}

func main() {
	fmt.Println(Greeter(func() string { return "yo" }))
	var s fmt.Stringer = Greeter(func() string { return "x" })
	fmt.Println(s.String(), s)
	rr := httptest.NewRecorder()
	HandlerE(hello).ServeHTTP(rr, httptest.NewRequest("GET", "/", nil))
	fmt.Println(rr.Body.String())
	mux := http.NewServeMux()
	mux.Handle("/a", HandlerE(hello))
	rr = httptest.NewRecorder()
	mux.ServeHTTP(rr, httptest.NewRequest("GET", "/a", nil))
	fmt.Println(rr.Body.String())
	var h http.Handler = HandlerE(hello)
	rr = httptest.NewRecorder()
	h.ServeHTTP(rr, httptest.NewRequest("GET", "/a", nil))
	fmt.Println(rr.Body.String())
	mux.Handle("/b", h)
}
