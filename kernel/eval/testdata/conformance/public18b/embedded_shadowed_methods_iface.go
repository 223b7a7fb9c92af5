package main

import (
	"fmt"
	"strings"
)

type Namer interface{ Name() string }
type Greeter interface {
	Namer
	Greet(string) string
}
type Closer interface{ Close() error }
type GreetCloser interface {
	Greeter
	Closer
}

type Base struct{ id int }

func (b Base) Name() string          { return fmt.Sprintf("base%d", b.id) }
func (b Base) Greet(s string) string { return "hello " + s + " from " + b.Name() }
func (b *Base) Close() error         { b.id = -1; return nil }
func (b Base) Describe() string      { return "I am " + b.Name() }

type Child struct {
	Base
	nick string
}

func (c Child) Name() string { return "child:" + c.nick }

type Grand struct {
	*Child
	extra string
}

func (g Grand) Greet(s string) string { return strings.ToUpper(g.Child.Greet(s)) + "!" }

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	Greeter
	calls int
}

func (s *Service) Handle(who string) {
	s.calls++
	s.Log(s.Greet(who))
}

func main() {
	c := Child{Base{1}, "kid"}
	fmt.Println(c.Name(), c.Base.Name(), c.Greet("x"), c.Describe())
	var n Namer = c
	fmt.Println(n.Name())
	g := Grand{&c, "e"}
	fmt.Println(g.Name(), g.Greet("y"), g.id)
	var gc GreetCloser = g
	fmt.Println(gc.Greet("z"), gc.Close(), c.id, g.Base.id)
	var gr Greeter = &c
	if cl, ok := gr.(Closer); ok {
		fmt.Println("closer", cl.Close())
	}
	_, ok := Greeter(c).(Closer)
	fmt.Println(ok)
	svc := &Service{Logger: &Logger{}, Greeter: Grand{&Child{Base{2}, "b"}, ""}}
	svc.Handle("ann")
	svc.Handle("bo")
	svc.Greeter = Base{9}
	svc.Handle("cy")
	fmt.Println(svc.calls, strings.Join(svc.lines, " | "))
	f := Child.Name
	h := (*Child).Greet
	d := c.Describe
	c.nick = "changed"
	c.Base.id = 77
	fmt.Println(f(c), h(&c, "m"), d())
	methods := map[string]func(Child) string{
		"name": Child.Name,
		"desc": Child.Describe,
		"base": func(c Child) string { return c.Base.Name() },
	}
	for _, k := range []string{"base", "desc", "name"} {
		fmt.Println(k, methods[k](c))
	}
	var iface interface{ Describe() string } = g
	fmt.Println(iface.Describe())
	fmt.Printf("%+v\n", c)
}
