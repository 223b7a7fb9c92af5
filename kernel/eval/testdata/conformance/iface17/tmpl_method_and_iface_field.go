package main

import (
	"fmt"
	"os"
	"text/template"
)

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (s Sq) Name() string  { return "square" }

type Report struct {
	Title  string
	Best   Shape
	Shapes []Shape
	Index  map[string]Shape
}

func (r Report) Count() int          { return len(r.Shapes) }
func (r Report) Upper() string       { return "[" + r.Title + "]" }
func (r *Report) Describe(n int) int { return n * len(r.Shapes) }

const src = `{{.Upper}} {{.Count}} best={{.Best.Name}}:{{.Best.Area}}
{{range $i, $s := .Shapes}}{{$i}}={{$s.Area}} {{end}}
{{(index .Index "k").Name}} {{.Describe 3}}
{{with .Best}}{{.S}}{{end}}
`

func main() {
	r := Report{Title: "r", Best: Sq{3}, Shapes: []Shape{Sq{1}, Sq{2}}, Index: map[string]Shape{"k": Sq{4}}}
	t := template.Must(template.New("r").Parse(src))
	if err := t.Execute(os.Stdout, &r); err != nil {
		panic(err)
	}
	if err := t.Execute(os.Stdout, r); err != nil {
		fmt.Println("err:", err)
	}
}
