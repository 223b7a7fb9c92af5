package main

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
)

type Request struct {
	Method  string
	URL     *url.URL
	Headers map[string][]string
	Body    string
	Timeout time.Duration
	Retries int
}

type Builder struct {
	req  Request
	errs []error
}

func NewRequest(method, rawURL string) *Builder {
	b := &Builder{req: Request{Method: strings.ToUpper(method), Headers: map[string][]string{}, Timeout: 30 * time.Second}}
	u, err := url.Parse(rawURL)
	if err != nil {
		b.errs = append(b.errs, fmt.Errorf("url: %w", err))
	} else {
		b.req.URL = u
	}
	return b
}

func (b *Builder) Header(k, v string) *Builder {
	k = strings.ToLower(k)
	b.req.Headers[k] = append(b.req.Headers[k], v)
	return b
}

func (b *Builder) Query(k, v string) *Builder {
	if b.req.URL != nil {
		q := b.req.URL.Query()
		q.Add(k, v)
		b.req.URL.RawQuery = q.Encode()
	}
	return b
}

func (b *Builder) JSON(body string) *Builder {
	b.req.Body = body
	return b.Header("Content-Type", "application/json")
}

func (b *Builder) Timeout(d time.Duration) *Builder {
	if d <= 0 {
		b.errs = append(b.errs, fmt.Errorf("timeout must be positive, got %v", d))
	}
	b.req.Timeout = d
	return b
}

func (b *Builder) Retries(n int) *Builder { b.req.Retries = n; return b }

func (b *Builder) Build() (*Request, error) {
	if b.req.Method == "GET" && b.req.Body != "" {
		b.errs = append(b.errs, errors.New("GET with a body"))
	}
	if err := errors.Join(b.errs...); err != nil {
		return nil, err
	}
	r := b.req
	return &r, nil
}

func (r *Request) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s\n", r.Method, r.URL)
	keys := make([]string, 0, len(r.Headers))
	for k := range r.Headers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s: %s\n", k, strings.Join(r.Headers[k], ", "))
	}
	fmt.Fprintf(&sb, "timeout=%v retries=%d body=%q", r.Timeout, r.Retries, r.Body)
	return sb.String()
}

func main() {
	r, err := NewRequest("post", "https://api.example.com/v1/items").
		Header("Authorization", "Bearer t0k3n").
		Header("Accept", "application/json").Header("accept", "text/plain").
		Query("page", "2").Query("tag", "a b").
		JSON(`{"name":"widget"}`).
		Timeout(5 * time.Second).Retries(3).
		Build()
	fmt.Println(r, err)
	_, err = NewRequest("get", "http://x/%zz").JSON("{}").Timeout(-time.Second).Build()
	fmt.Println(err)
	r2, _ := NewRequest("delete", "http://localhost:8080/items/7").Build()
	fmt.Println(r2.Method, r2.URL.Port(), r2.URL.Path, r2.Timeout)
}
