package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"
)

type slow struct{ delay time.Duration }

func (s slow) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	select {
	case <-time.After(s.delay):
		fmt.Fprint(w, "finally")
	case <-r.Context().Done():
	}
}

func main() {
	srv := httptest.NewServer(slow{2 * time.Second})
	defer srv.Close()
	client := &http.Client{Timeout: 50 * time.Millisecond}
	_, err := client.Get(srv.URL)
	fmt.Println(err != nil, errors.Is(err, context.DeadlineExceeded) || err.(interface{ Timeout() bool }).Timeout())
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL, nil)
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	_, err = http.DefaultClient.Do(req)
	fmt.Println(errors.Is(err, context.Canceled))
	fast := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		code := http.StatusOK
		if r.URL.Path == "/missing" {
			code = http.StatusNotFound
		}
		w.WriteHeader(code)
		fmt.Fprintf(w, "%d %s", code, http.StatusText(code))
	}))
	defer fast.Close()
	for _, p := range []string{"/", "/missing"} {
		resp, err := http.Get(fast.URL + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Status, string(b), resp.ContentLength)
	}
}
