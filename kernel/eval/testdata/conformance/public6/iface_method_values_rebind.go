package main

import (
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + ": woof" }

type Robot struct{ id int }

func (r *Robot) Speak() string { r.id++; return fmt.Sprintf("robot-%d: beep", r.id) }

type Loud struct{ Speaker }

func (l Loud) Speak() string { return strings.ToUpper(l.Speaker.Speak()) }

func main() {
	var s Speaker = Dog{"rex"}
	speak := s.Speak // bound to the Dog held now
	s = Dog{"fido"}
	fmt.Println(speak(), s.Speak())

	r := &Robot{}
	s = r
	rs := s.Speak
	fmt.Println(rs(), rs(), r.id)

	d := Dog{"max"}
	ds := d.Speak
	d.name = "changed"
	fmt.Println(ds(), d.Speak())

	var l Speaker = Loud{Dog{"bo"}}
	fmt.Println(l.Speak())
	ls := Loud{r}.Speak
	fmt.Println(ls(), r.id)

	calls := map[string]func() string{}
	for _, sp := range []Speaker{Dog{"a"}, Loud{Dog{"b"}}, r} {
		calls[fmt.Sprintf("%T", sp)] = sp.Speak
	}
	for _, k := range []string{"main.Dog", "main.Loud", "*main.Robot"} {
		fmt.Println(k, calls[k]())
	}
	ifaceExpr := Speaker.Speak
	fmt.Println(ifaceExpr(Dog{"expr"}), ifaceExpr(r))
	fs := []func(Speaker) string{Speaker.Speak, func(s Speaker) string { return "wrapped " + s.Speak() }}
	for _, f := range fs {
		fmt.Println(f(Loud{Dog{"z"}}))
	}
	var nilS Speaker
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = nilS.Speak
}
