package main

import "fmt"

type Logger struct{ prefix string }

func (l *Logger) Log(s string)  { fmt.Println(l.prefix + s) }
func (l Logger) Prefix() string { return l.prefix }

type Service struct {
	*Logger
	Name string
}

type Server struct {
	Service
	Port int
}

type Logs interface {
	Log(string)
	Prefix() string
}

func main() {
	s := Server{Service{&Logger{"[svc] "}, "api"}, 80}
	s.Log("starting")
	fmt.Println(s.Prefix(), s.Name, s.Port)
	// Server (a value) has Log: the embedded *Logger brings the pointer methods.
	var l Logs = s
	l.Log("via interface")
	s.Logger.prefix = "[new] "
	l.Log("shared logger")
	var lp Logs = &s
	lp.Log("via pointer")
}
