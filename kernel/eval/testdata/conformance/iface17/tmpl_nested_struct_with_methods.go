package main

import (
	"os"
	"strings"
	"text/template"
)

type Greeter interface{ Greet() string }

type En struct{}
type Fr struct{ Formal bool }

func (En) Greet() string { return "hello" }
func (f Fr) Greet() string {
	if f.Formal {
		return "bonjour"
	}
	return "salut"
}

type Person struct {
	Name string
	G    Greeter
}

func (p Person) Line() string { return p.G.Greet() + ", " + p.Name }

type Team struct {
	Lead    Person
	Members []Person
}

func (t Team) Size() int { return 1 + len(t.Members) }

func main() {
	tm := Team{Lead: Person{"ann", Fr{true}}, Members: []Person{{"bob", En{}}, {"cy", Fr{}}}}
	t := template.Must(template.New("t").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(
		`{{.Size}} {{.Lead.Line}} {{.Lead.G.Greet | up}}{{range .Members}} / {{.Line}} ({{.G.Greet}}){{end}}
`))
	if err := t.Execute(os.Stdout, tm); err != nil {
		panic(err)
	}
}
