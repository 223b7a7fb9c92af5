package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string { return d.Name + " says woof" }

type Zoo struct {
	Keeper  string
	Animals []Animal
	Lookup  map[string]Animal
	Feed    func(string) string
	Counts  map[string][]int
	Nested  struct{ Inner struct{ Deep string } }
}

func (z *Zoo) Count() int { return len(z.Animals) }

func main() {
	z := &Zoo{Keeper: "kim", Animals: []Animal{Dog{"rex"}, Dog{"fido"}}, Lookup: map[string]Animal{"best": Dog{"ace"}},
		Feed: func(s string) string { return "fed " + s }, Counts: map[string][]int{"a": {1, 2}}}
	z.Nested.Inner.Deep = "deep!"
	t := template.Must(template.New("z").Parse(`{{.Keeper}} has {{.Count}}:{{range .Animals}} [{{.Sound}}]{{end}}
best: {{(index .Lookup "best").Sound}} {{with index .Lookup "none"}}x{{else}}no none{{end}}
{{call .Feed "rex"}} {{index .Counts "a" 1}} {{.Nested.Inner.Deep}} {{len .Counts}}
{{range $i, $a := .Animals}}{{if eq $i 1}}{{$a.Sound | printf "%q"}}{{end}}{{end}}
`))
	var sb strings.Builder
	err := t.Execute(&sb, z)
	fmt.Print(sb.String())
	fmt.Println(err)
}
