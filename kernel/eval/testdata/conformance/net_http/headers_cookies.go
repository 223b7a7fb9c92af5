package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type echo struct{}

func (echo) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var keys []string
	for k := range r.Header {
		if strings.HasPrefix(k, "X-") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s=%v\n", k, r.Header.Values(k))
	}
	if c, err := r.Cookie("session"); err == nil {
		fmt.Fprintf(w, "cookie %s\n", c.Value)
	} else {
		fmt.Fprintf(w, "no cookie: %v\n", err)
	}
	http.SetCookie(w, &http.Cookie{Name: "seen", Value: "yes", Path: "/"})
	w.Header().Add("X-Multi", "1")
	w.Header().Add("X-Multi", "2")
	fmt.Fprintf(w, "%s %s %s\n", r.Method, r.URL.Path, r.URL.RawQuery)
}

func main() {
	srv := httptest.NewServer(echo{})
	defer srv.Close()
	req, _ := http.NewRequest("PUT", srv.URL+"/a/b?x=1&y=2", strings.NewReader("body"))
	req.Header.Set("X-One", "1")
	req.Header.Add("X-Two", "a")
	req.Header.Add("X-Two", "b")
	req.AddCookie(&http.Cookie{Name: "session", Value: "abc123"})
	resp, err := srv.Client().Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(body))
	fmt.Println(resp.Header.Values("X-Multi"), resp.Cookies()[0].Name, resp.Cookies()[0].Value, resp.Proto)
	resp, _ = http.Get(srv.URL)
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Print(string(body))
	h := http.Header{}
	h.Set("content-type", "text/plain")
	fmt.Println(h.Get("Content-Type"), http.CanonicalHeaderKey("x-foo-bar"), http.DetectContentType([]byte("<html>")))
}
