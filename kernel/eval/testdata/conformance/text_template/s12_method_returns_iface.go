package main

import (
	"fmt"
	"os"
	"text/template"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Zoo struct{ Best Shape }

// Pick returns a notebook interface: the template evaluates a method of
// the value it holds.
func (z Zoo) Pick() Shape { return z.Best }

func main() {
	t := template.Must(template.New("z").Parse("{{.Pick.Area}} {{with .Pick}}{{.S}}{{end}}\n"))
	fmt.Println(t.Execute(os.Stdout, Zoo{Sq{3}}))
	// A field of such a type, in a struct type with methods.
	t2 := template.Must(template.New("f").Parse("{{.Best.Area}}\n"))
	fmt.Println(t2.Execute(os.Stdout, Zoo{Sq{4}}))
}
