package eval

import (
	"net"
	"net/http"
	"reflect"

	"github.com/traefik/yaegi/interp"
)

// cellHTTP is a session's default HTTP request multiplexer, in place of
// net/http's global http.DefaultServeMux: a program registering its
// handlers with http.HandleFunc("/hello", hello) ran in a second session of
// the process (or a notebook opened after another in one kernel) panicked
// "pattern "/hello" ... conflicts with pattern "/hello"". http.Handle,
// http.HandleFunc and http.DefaultServeMux are the session's; so is the
// handler of http.ListenAndServe, ListenAndServeTLS, Serve and ServeTLS
// given a nil handler. A Server whose Handler is nil still serves the
// process's own http.DefaultServeMux (its methods are compiled code).
type cellHTTP struct {
	mux *http.ServeMux
}

func newCellHTTP() *cellHTTP { return &cellHTTP{mux: http.NewServeMux()} }

// handler is h, or the session's multiplexer for a nil h.
func (c *cellHTTP) handler(h http.Handler) http.Handler {
	if h == nil {
		return c.mux
	}
	return h
}

// symbols returns the net/http symbols bound to c.
func (c *cellHTTP) symbols() interp.Exports {
	return interp.Exports{"net/http/http": {
		"DefaultServeMux": reflect.ValueOf(&c.mux).Elem(),
		"Handle":          reflect.ValueOf(func(pattern string, h http.Handler) { c.mux.Handle(pattern, h) }),
		"HandleFunc": reflect.ValueOf(func(pattern string, h func(http.ResponseWriter, *http.Request)) {
			c.mux.HandleFunc(pattern, h)
		}),
		"ListenAndServe": reflect.ValueOf(func(addr string, h http.Handler) error {
			return http.ListenAndServe(addr, c.handler(h))
		}),
		"ListenAndServeTLS": reflect.ValueOf(func(addr, certFile, keyFile string, h http.Handler) error {
			return http.ListenAndServeTLS(addr, certFile, keyFile, c.handler(h))
		}),
		"Serve": reflect.ValueOf(func(l net.Listener, h http.Handler) error {
			return http.Serve(l, c.handler(h))
		}),
		"ServeTLS": reflect.ValueOf(func(l net.Listener, h http.Handler, certFile, keyFile string) error {
			return http.ServeTLS(l, c.handler(h), certFile, keyFile)
		}),
	}}
}
