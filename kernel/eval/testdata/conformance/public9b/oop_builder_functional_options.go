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

// Option is applied to a server being built; options are values of
// several types (the interface form of functional options).
type Option interface {
	apply(*Server) error
}

type portOpt int
type timeoutOpt time.Duration
type tlsOpt struct{}
type tagsOpt []string

func (p portOpt) apply(s *Server) error {
	if p <= 0 || p > 65535 {
		return fmt.Errorf("invalid port %d", int(p))
	}
	s.port = int(p)
	return nil
}
func (t timeoutOpt) apply(s *Server) error { s.timeout = time.Duration(t); return nil }
func (tlsOpt) apply(s *Server) error       { s.tls = true; return nil }
func (t tagsOpt) apply(s *Server) error    { s.tags = append(s.tags, t...); return nil }

func WithPort(p int) Option              { return portOpt(p) }
func WithTimeout(d time.Duration) Option { return timeoutOpt(d) }
func WithTLS() Option                    { return tlsOpt{} }
func WithTags(tags ...string) Option     { return tagsOpt(tags) }

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	var errs []error
	for _, o := range opts {
		if err := o.apply(s); err != nil {
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
	return fmt.Sprintf("%s://%s:%d (timeout %v, tags %s)", scheme, s.host, s.port, s.timeout, strings.Join(s.tags, ","))
}

type QueryBuilder struct {
	table  string
	wheres []string
	order  string
	limit  int
}

func From(t string) *QueryBuilder { return &QueryBuilder{table: t} }
func (q *QueryBuilder) Where(c string) *QueryBuilder {
	q.wheres = append(q.wheres, c)
	return q
}
func (q *QueryBuilder) OrderBy(o string) *QueryBuilder { q.order = o; return q }
func (q *QueryBuilder) Limit(n int) *QueryBuilder      { q.limit = n; return q }
func (q QueryBuilder) Build() string {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

func main() {
	s, err := NewServer("example.com", WithPort(8443), WithTLS(), WithTags("a", "b"), WithTimeout(time.Minute+500*time.Millisecond))
	fmt.Println(s, err)
	s, err = NewServer("bad", WithPort(0), WithPort(70000))
	fmt.Println(s == nil, err)
	def, _ := NewServer("localhost")
	fmt.Println(def)
	opts := []Option{WithTags("x")}
	opts = append(opts, WithTags("y", "z"))
	s2, _ := NewServer("h", opts...)
	fmt.Println(s2)
	q := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q.Build())
	fmt.Println(From("t").Build())
	base := *From("logs").Where("level='error'")
	a := base
	a.Limit(5)
	fmt.Println(base.Build())
	fmt.Println(a.Build())
}
