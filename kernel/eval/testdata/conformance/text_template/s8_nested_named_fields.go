package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Owner struct {
	Name string
}

func (o *Owner) Greeting() string { return "hi " + o.Name }
func (o Owner) Initial() string   { return o.Name[:1] }

type Item struct {
	Name  string
	Level Level
	Tags  []string
}

func (i Item) Label() string { return strings.ToUpper(i.Name) + "/" + i.Level.String() }

type Address struct {
	City string
}

func (a Address) Short() string { return strings.ToLower(a.City[:3]) }

type Board struct {
	Title  string
	Owner  *Owner
	Items  []Item
	ByName map[string]Item
	Pair   [2]Level
	Home   Address
	Anon   struct{ L Level }
	Levels []Level
}

func main() {
	b := Board{
		Title:  "work",
		Owner:  &Owner{"ann"},
		Items:  []Item{{"write", 2, []string{"x"}}, {"read", 0, nil}},
		ByName: map[string]Item{"a": {"alpha", 1, nil}},
		Pair:   [2]Level{1, 2},
		Home:   Address{"Berlin"},
		Levels: []Level{0, 2},
	}
	b.Anon.L = 1
	tpl := template.Must(template.New("b").Parse(`{{.Title}} by {{.Owner.Greeting}} ({{.Owner.Initial}})
{{range $i, $it := .Items}}{{$i}}: {{$it.Label}} {{$it.Level}} {{printf "%d" $it.Level}} {{printf "%v|%s" .Level .Level}}
{{end}}{{with index .ByName "a"}}{{.Label}}{{end}}
{{index .Pair 0}} {{index .Pair 1}} {{.Home.Short}} {{.Home}} {{.Anon.L}} {{.Levels}}
{{range .Levels}}[{{.}}]{{end}}
`))
	if err := tpl.Execute(os.Stdout, b); err != nil {
		fmt.Println("error:", err)
	}
	if err := tpl.Execute(os.Stdout, &b); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.New("e").Parse("{{.Home.Nope}}\n"))
	err := t2.Execute(os.Stdout, b)
	fmt.Println(err)
}
