package main

import (
	"errors"
	"fmt"
	"time"
)

var initLog []string

var first = record("var first")

func record(s string) string {
	initLog = append(initLog, s)
	return s
}

func init() { record("init 1") }

var second = record("var second (after first, before inits)")

func init() { record("init 2") }

type Server struct {
	addr    string
	port    int
	timeout time.Duration
	tls     bool
	hooks   []string
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

func WithHook(name string) Option {
	return func(s *Server) error { s.hooks = append(s.hooks, name); return nil }
}

func NewServer(addr string, opts ...Option) (*Server, error) {
	s := &Server{addr: addr, port: 80, timeout: 30 * time.Second}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, hooks %v)", scheme, s.addr, s.port, s.timeout, s.hooks)
}

func main() {
	for _, l := range initLog {
		fmt.Println(l)
	}
	s, err := NewServer("localhost")
	fmt.Println(s, err)
	s, err = NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(5*time.Second), WithHook("log"), WithHook("metrics"))
	fmt.Println(s, err)
	s, err = NewServer("x", WithPort(0), WithPort(70000))
	fmt.Println(s == nil, err)
	opts := []Option{WithPort(9000)}
	opts = append(opts, WithHook("a"))
	s, _ = NewServer("y", opts...)
	fmt.Println(s)
	fmt.Println(first, second)
}
