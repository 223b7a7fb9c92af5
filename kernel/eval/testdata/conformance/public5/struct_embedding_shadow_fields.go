package main

import (
	"fmt"
	"strings"
)

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }
func (b Base) Summary() string  { return b.Kind() + ":" + b.Name }

type Timestamps struct {
	Created, Updated string
}

func (t Timestamps) Kind() string { return "timestamps" }

type User struct {
	Base
	*Timestamps
	Name  string
	Email string
}

func (u User) Kind() string { return "user" }

type Admin struct {
	User
	Level int
}

type Logger interface{ Log(string) }

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	name string
}

func (s Service) Run() { s.Log("running " + s.name) }

func main() {
	u := User{Base: Base{1, "base-name"}, Timestamps: &Timestamps{"mon", "tue"}, Name: "user-name", Email: "u@x"}
	fmt.Println(u.Name, u.Base.Name, u.ID, u.Created)
	fmt.Println(u.Describe(), u.Kind(), u.Base.Kind(), u.Timestamps.Kind(), u.Summary())
	u.Rename("renamed")
	fmt.Println(u.Base.Name, u.Name)
	a := Admin{User: u, Level: 9}
	fmt.Println(a.Name, a.ID, a.Kind(), a.Describe(), a.Updated)
	a.Rename("admin-base")
	fmt.Println(a.User.Base.Name, u.Base.Name)
	a.Timestamps.Updated = "wed"
	fmt.Println(u.Updated, a.Updated)
	fmt.Printf("%+v\n", a.User.Base)
	var lines []string
	s := Service{prefixLogger{"[svc] ", &lines}, "api"}
	s.Run()
	s.Logger.Log("direct")
	s.Logger = prefixLogger{"[new] ", &lines}
	s.Run()
	fmt.Println(strings.Join(lines, "\n"))
	var noLogger Service
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	noLogger.Run()
}
