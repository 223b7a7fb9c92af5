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
	Kind string
}

func (b Base) Describe() string { return fmt.Sprintf("%s#%d", b.Kind, b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type User struct {
	Base
	*Logger
	Name string
}

// Describe overrides Base.Describe; Hello still calls Base's.
func (u User) Describe() string { return "user " + u.Name + " (" + u.Base.Describe() + ")" }

type Admin struct {
	User
	Level int
}

func (a *Admin) Promote() { a.Level++; a.Logf("promoted %s to %d", a.Name, a.Level) }

type Describer interface{ Describe() string }

func main() {
	log := &Logger{prefix: "[app] "}
	u := User{Base: Base{1, "user"}, Logger: log, Name: "ann"}
	a := &Admin{User: User{Base: Base{2, "admin"}, Logger: log, Name: "root"}}
	u.SetID(10)
	a.SetID(20)
	a.Promote()
	a.Promote()
	u.Logf("id now %d", u.ID)
	fmt.Println(u.Describe(), "|", u.Hello())
	fmt.Println(a.Describe(), "|", a.Hello(), "|", a.Base.Describe())
	var ds []Describer = []Describer{u, a, a.User, a.Base, &u}
	for _, d := range ds {
		fmt.Printf("%T: %s\n", d, d.Describe())
	}
	fmt.Println(strings.Join(log.lines, "\n"))
	fmt.Println(a.Logger == u.Logger, a.Kind, a.User.Base.ID)
	c := *a
	c.Name = "copy"
	c.Logf("from copy")
	fmt.Println(a.Name, len(log.lines))
	fmt.Printf("%+v\n", a.Base)
	var nilAdmin Admin
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	nilAdmin.Logf("x")
}
