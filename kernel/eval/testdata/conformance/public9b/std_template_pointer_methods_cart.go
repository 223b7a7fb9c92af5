package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Item struct {
	Name string
	Qty  int
}

func (i *Item) Label() string { return fmt.Sprintf("%s×%d", i.Name, i.Qty) }
func (i Item) Heavy() bool    { return i.Qty > 5 }

type Cart struct {
	Items []*Item
	ByCat map[string][]Item
	Owner *Owner
}

type Owner struct{ First, Last string }

func (o Owner) Full() string { return o.First + " " + o.Last }

func (c *Cart) Total() (n int) {
	for _, it := range c.Items {
		n += it.Qty
	}
	return
}

func main() {
	c := &Cart{
		Items: []*Item{{"apple", 3}, {"melon", 7}},
		ByCat: map[string][]Item{"fruit": {{"fig", 9}}, "veg": {{"kale", 1}}},
		Owner: &Owner{"Ada", "L"},
	}
	t := template.Must(template.New("c").Parse(`{{.Owner.Full}}: {{range .Items}}{{.Label}}{{if .Heavy}}!{{end}} {{end}}total={{.Total}}
{{range $cat, $items := .ByCat}}{{$cat}}:{{range $items}} {{.Name}}{{if .Heavy}}(heavy){{end}}{{end}}
{{end}}`))
	if err := t.Execute(os.Stdout, c); err != nil {
		fmt.Println("error:", err)
	}
	err := t.Execute(os.Stdout, *c)
	fmt.Println("\nby value:", err != nil)
	keys := make([]string, 0)
	for k := range c.ByCat {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","))
}
