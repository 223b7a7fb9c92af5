package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type app struct{ hits int }

func (a *app) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.hits++
	fmt.Fprint(w, "hi")
}
func (a *app) Stats() int { return a.hits }

type stats interface{ Stats() int }

func main() {
	var h http.Handler = &app{}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	fmt.Println(rec.Body.String())
	if s, ok := h.(stats); ok {
		fmt.Println("hits", s.Stats())
	}
	_, ok := h.(http.Flusher)
	fmt.Println("flusher:", ok)
}
