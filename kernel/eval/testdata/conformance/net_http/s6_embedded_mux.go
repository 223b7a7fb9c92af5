package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type App struct {
	http.ServeMux
	name string
}

func NewApp(name string) *App {
	a := &App{name: name}
	a.HandleFunc("/", a.index)
	a.HandleFunc("/about", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "about %s", a.name)
	})
	return a
}

func (a *App) index(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "index of %s: %s", a.name, r.URL.Path)
}

type countingRW struct {
	http.ResponseWriter
	n int
}

func (c *countingRW) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.ResponseWriter.Write(p)
}

func withCount(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := &countingRW{ResponseWriter: w}
		next.ServeHTTP(c, r)
		c.Header().Set("X-Ignored", "late")
		fmt.Fprintf(c, " [%d bytes]", c.n)
	})
}

func main() {
	app := NewApp("demo")
	srv := httptest.NewServer(withCount(app))
	defer srv.Close()
	for _, p := range []string{"/", "/about", "/x/y"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(b), resp.Header.Get("X-Ignored") == "")
	}
	rec := httptest.NewRecorder()
	app.ServeHTTP(rec, httptest.NewRequest("GET", "/about", strings.NewReader("")))
	fmt.Println(rec.Body.String())
	var h http.Handler = app
	_, ok := h.(*App)
	fmt.Println(ok)
}
