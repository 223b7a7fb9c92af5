package main

import (
	"fmt"
	"html/template"
	"os"
)

// Widget is declared in the notebook; Page's methods return it.
type Widget interface {
	Label() string
	Href() string
}

type Link struct{ Text, URL string }

func (l Link) Label() string { return l.Text }
func (l Link) Href() string  { return l.URL }

type Button struct{ Caption string }

func (b *Button) Label() string { return b.Caption }
func (b *Button) Href() string  { return "#" + b.Caption }

type Page struct {
	Title string
	Order []int
	items []Widget
}

func (p Page) Main() Widget      { return p.items[0] }
func (p Page) Item(i int) Widget { return p.items[i] }
func (p Page) Footer() Widget    { return nil }
func (p *Page) Count() int       { return len(p.items) }
func (p Page) Find(s string) (Widget, error) {
	for _, w := range p.items {
		if w.Label() == s {
			return w, nil
		}
	}
	return nil, fmt.Errorf("no widget %q", s)
}

const page = `<h1>{{.Title}}</h1>
<a href="{{.Main.Href}}">{{.Main.Label}}</a>
<button>{{(.Item 1).Label}}</button> {{(.Item 1).Caption}}
{{with .Footer}}{{.Label}}{{else}}<p>no footer</p>{{end}}
{{range .Order}}[{{($.Item .).Label}}]{{end}} of {{.Count}}
{{(.Find "Go & <run>").Href}}
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	p := &Page{Title: "Tom & Jerry", Order: []int{1, 0}, items: []Widget{Link{"Home <1>", "/home?a=1&b=2"}, &Button{"Go & <run>"}}}
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("bad").Parse(`{{(.Find "nothing").Label}}`))
	fmt.Println(bad.Execute(os.Stdout, p))
}
