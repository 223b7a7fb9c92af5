package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

var _ io.Writer = (*Buf)(nil)
var _ fmt.Stringer = Level(0)

var defaultCfg = Config{Name: "default", Level: Warn}
var handlers = map[string]func(*Server) string{
	"status": (*Server).Status,
	"name":   func(s *Server) string { return s.Name },
}
var errs = []error{&NotFound{"a"}, ErrClosed, fmt.Errorf("wrap: %w", &NotFound{"b"})}
var sorted = func() []Level {
	ls := Levels{Warn, Debug, Info}
	sort.Sort(ls)
	return ls
}()

func init() {
	b, _ := json.Marshal(defaultCfg)
	fmt.Println("init:", string(b))
}

func main() {
	b, err := json.Marshal(defaultCfg)
	fmt.Println(string(b), err)
	s := &Server{Name: "srv"}
	for _, k := range []string{"name", "status"} {
		fmt.Println(k, handlers[k](s))
	}
	for _, e := range errs {
		var nf *NotFound
		fmt.Println(e, errors.As(e, &nf), errors.Is(e, ErrClosed))
	}
	fmt.Println(sorted, reflect.TypeOf(defaultCfg.Level).NumMethod())
	var w io.Writer = &Buf{}
	fmt.Fprintf(w, "x=%d", 1)
	fmt.Println(w.(*Buf).String())
	fmt.Println(Max(Level(1), Level(2)), Max("a", "b"))
}

func Max[T interface{ ~int | ~string }](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string               { return [...]string{"DEBUG", "INFO", "WARN"}[l] }
func (l Level) MarshalText() ([]byte, error) { return []byte(strings.ToLower(l.String())), nil }

type Levels []Level

func (l Levels) Len() int           { return len(l) }
func (l Levels) Less(i, j int) bool { return l[i] < l[j] }
func (l Levels) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Config struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

type Server struct{ Name string }

func (s *Server) Status() string { return s.Name + " ok" }

type NotFound struct{ K string }

func (n *NotFound) Error() string { return "not found: " + n.K }

var ErrClosed = errors.New("closed")

type Buf struct{ strings.Builder }

func (b *Buf) Write(p []byte) (int, error) {
	return b.Builder.Write(append([]byte("["), append(p, ']')...))
}
