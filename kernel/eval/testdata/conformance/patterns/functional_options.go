package main

import (
	"fmt"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
}

type Option func(*Server)

func WithPort(p int) Option              { return func(s *Server) { s.port = p } }
func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }
func WithTLS() Option                    { return func(s *Server) { s.tls = true } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s Server) String() string {
	return fmt.Sprintf("%s:%d timeout=%v tls=%t", s.host, s.port, s.timeout, s.tls)
}

func main() {
	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.com", WithPort(443), WithTLS(), WithTimeout(1500*time.Millisecond)))
	opts := []Option{WithPort(8080)}
	opts = append(opts, WithTimeout(time.Minute))
	s := NewServer("api", opts...)
	fmt.Printf("%v|%+v\n", *s, s.port)
}
