package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	fmt.Stringer // embedded interface field
	prefix       string
}

type name string

func (n name) String() string { return "name:" + string(n) }

type upper string

func (u upper) String() string { return strings.ToUpper(string(u)) }

func main() {
	l := Logger{name("ann"), "> "}
	f := l.String // binds the current Stringer (its dynamic value)
	l.Stringer = upper("bob")
	fmt.Println(f(), l.String(), l.prefix)
	var s fmt.Stringer = l // Logger has String through the embedded field
	fmt.Println(s.String())
	empty := Logger{}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(empty.String()) // the embedded interface is nil
}
