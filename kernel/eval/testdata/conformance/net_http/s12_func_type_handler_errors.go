package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type APIError struct {
	Status int
	Msg    string
}

func (e *APIError) Error() string { return fmt.Sprintf("%d: %s", e.Status, e.Msg) }

type HandlerE func(w http.ResponseWriter, r *http.Request) error

func (h HandlerE) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		var ae *APIError
		if errors.As(err, &ae) {
			http.Error(w, ae.Msg, ae.Status)
			return
		}
		http.Error(w, "internal", 500)
	}
}

type Users map[string]string

func (u Users) get(w http.ResponseWriter, r *http.Request) error {
	id := strings.TrimPrefix(r.URL.Path, "/users/")
	name, ok := u[id]
	if !ok {
		return fmt.Errorf("lookup %s: %w", id, &APIError{404, "no user " + id})
	}
	if id == "boom" {
		return errors.New("boom")
	}
	_, err := io.WriteString(w, name)
	return err
}

func main() {
	u := Users{"1": "ann", "boom": "x"}
	mux := http.NewServeMux()
	mux.Handle("/users/", HandlerE(u.get))
	for _, p := range []string{"/users/1", "/users/2", "/users/boom", "/other"} {
		rr := httptest.NewRecorder()
		mux.ServeHTTP(rr, httptest.NewRequest("GET", p, nil))
		fmt.Println(p, rr.Code, strings.TrimSpace(rr.Body.String()))
	}
	var h http.Handler = HandlerE(u.get)
	_, ok := h.(HandlerE)
	fmt.Println(ok)
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := http.Get(srv.URL + "/users/1")
	if err == nil {
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Println(res.StatusCode, string(b))
	}
}
