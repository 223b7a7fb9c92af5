package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Point struct{ X, Y int }

type Box struct {
	Min, Max Point
	Tags     map[string]Point
}

func run(text string, data any) {
	var sb strings.Builder
	err := template.Must(template.New("t").Parse(text)).Execute(&sb, data)
	fmt.Printf("%q %v\n", sb.String(), err)
}

func main() {
	run(`{{.Missing}}`, Point{1, 2})
	run(`{{.Missing}}`, &Point{1, 2})
	run(`{{.Min.Z}}`, Box{})
	run(`{{.Missing}}`, []Point{{1, 2}})
	run(`{{range .}}{{.Z}}{{end}}`, []Point{{1, 2}})
	run(`{{index . 0 | printf "%v"}} {{(index . 0).Missing}}`, [1]Point{})
	run(`{{.Tags.a.X}} {{.Tags.a.W}}`, Box{Tags: map[string]Point{"a": {5, 6}}})
	run(`{{index .Tags 3}}`, Box{Tags: map[string]Point{}})
	run(`{{len .X}}`, Point{})
	run(`{{.X.Y}}`, Point{})
	run(`{{template "nope" .}}`, Point{})
	run(`{{printf "%T" .}} {{printf "%T" .Tags}}`, Box{})
}
