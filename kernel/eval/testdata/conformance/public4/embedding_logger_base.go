package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }

type Service struct {
	Base
	*Logger
	Port int
}

func (s Service) Describe() string { return "service " + s.Base.Describe() }

type Describer interface{ Describe() string }

func main() {
	s := Service{Base: Base{1, "api"}, Logger: &Logger{prefix: "[api] "}, Port: 8080}
	s.Logf("listening on %d", s.Port)
	s.Logf("name=%q", s.Name)
	fmt.Println(strings.Join(s.lines, "\n"))
	var d Describer = s
	fmt.Println(d.Describe())
	d = s.Base
	fmt.Println(d.Describe())
	fmt.Printf("%+v\n", s.Base)
	fmt.Printf("%v\n", s.Base)
	fmt.Println(s.ID, s.Base.Name)
	ds := []Describer{Base{2, "db"}, Service{Base: Base{3, "web"}}}
	for _, d := range ds {
		fmt.Printf("%T: %s\n", d, d.Describe())
	}
}
