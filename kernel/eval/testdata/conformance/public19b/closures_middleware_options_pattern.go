package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	tags    []string
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error { s.timeout = d; return nil }
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.tags = append(s.tags, tags...); return nil }
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	return s, errors.Join(errs...)
}

func (s Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, tags %v)", scheme, s.host, s.port, s.timeout, s.tags)
}

type Handler func(string) string
type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, "start "+req)
			resp := next(req)
			*log = append(*log, "end "+req+" -> "+resp)
			return resp
		}
	}
}

func Prefix(p string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string { return next(p + req) }
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	s, err := NewServer("example.com", WithPort(8443), WithTLS(), WithTags("a", "b"), WithTimeout(5*time.Second))
	fmt.Println(s, err)
	s2, err := NewServer("bad", WithPort(0), WithPort(70000), WithTags())
	fmt.Println(s2)
	fmt.Printf("%q\n", err.Error())
	defaults := []Option{WithTags("default")}
	s3, _ := NewServer("x", append(defaults, WithTags("extra"))...)
	fmt.Println(s3)
	var log []string
	h := Chain(strings.ToUpper, Logging(&log), Prefix("api/"), Prefix("v1/"))
	fmt.Println(h("users"), h("items"))
	fmt.Println(strings.Join(log, "\n"))
}
