package main

import (
	"fmt"
	"os"
	"text/template"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Box struct {
	S     Shape
	Items []Shape
}

func (b Box) Has() bool { return b.S != nil }

func main() {
	t := template.Must(template.New("t").Parse("{{.Has}} {{if .S}}yes{{else}}no{{end}} {{len .Items}}{{range .Items}} {{if .}}{{.Area}}{{else}}nil{{end}}{{end}}\n"))
	fmt.Println(t.Execute(os.Stdout, Box{Items: []Shape{Sq{2}, nil}}))
	fmt.Println(t.Execute(os.Stdout, Box{S: Sq{1}}))
}
