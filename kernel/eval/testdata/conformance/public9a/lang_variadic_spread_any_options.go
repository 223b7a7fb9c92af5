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
	tags    []string
	logf    func(string, ...any)
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

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.tags = append(s.tags, tags...); return nil }
}

func WithLogger(f func(string, ...any)) Option {
	return func(s *Server) error { s.logf = f; return nil }
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, logf: func(string, ...any) {}}
	var errs []error
	for _, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("new server %q: %w", host, errors.Join(errs...))
	}
	s.logf("server %s:%d ready (timeout %v, tags %v)", s.host, s.port, s.timeout, s.tags)
	return s, nil
}

func sum(nums ...int) (t int) {
	for _, n := range nums {
		t += n
	}
	return
}

func describe(prefix string, args ...any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = fmt.Sprintf("%T:%v", a, a)
	}
	return prefix + "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var logs []string
	logger := func(format string, a ...any) { logs = append(logs, fmt.Sprintf(format, a...)) }
	s, err := NewServer("localhost", WithPort(8080), WithTags("a", "b"), WithTags(), WithLogger(logger), WithTimeout(time.Second))
	fmt.Println(s.port, s.tags, err)
	_, err = NewServer("bad", WithPort(0), WithPort(70000), WithLogger(logger))
	fmt.Println(err)
	fmt.Println(logs)
	nums := []int{1, 2, 3}
	fmt.Println(sum(), sum(1), sum(nums...), sum(append(nums, 10)...))
	args := []any{1, "two", 3.0, nil, []int{4}}
	fmt.Println(describe("x"), describe("y", args...), describe("z", args), describe("w", nil))
	fmt.Println(args...)
	fmt.Printf("%v|%v|%v\n", args[:3]...)
	opts := []Option{WithPort(9000)}
	opts = append(opts, WithTags(strings.Fields("p q")...))
	s2, _ := NewServer("h2", opts...)
	fmt.Println(s2.port, s2.tags, len(opts))
	var none []string
	fmt.Println(strings.Join(none, ","), len(append([]any{}, args[1:]...)))
}
