package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Defined types whose underlying type is an interface of the standard
// library (type Stringer fmt.Stringer), and composite types of a defined
// empty interface type (type Payload any) held by an interface.

type Stringer fmt.Stringer
type Reader io.Reader
type Errorish error
type Payload any

type name string

func (n name) String() string { return "name:" + string(n) }

func show(s Stringer) string { return "<" + s.String() + ">" }

func main() {
	var s Stringer = name("ann")
	fmt.Println(s.String(), fmt.Sprint(s), show(name("bob")))
	var std fmt.Stringer = s
	s = std
	fmt.Println(std, s)

	var r Reader = strings.NewReader("hello")
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))

	var e Errorish = errors.New("bad")
	fmt.Println(e, errors.Is(e, e))

	var p Payload = []Payload{1, "two"}
	fmt.Printf("%T %v\n", p, p)
	var a any = map[string]Payload{"k": 3.5}
	fmt.Printf("%T %v\n", a, a)
	if list, ok := p.([]Payload); ok {
		fmt.Println("asserted", len(list), list[1])
	}
}
