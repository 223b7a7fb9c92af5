package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Cart struct {
	Items []Item
	Owner *User
}

type Item struct {
	Name  string
	Price int
	Qty   int
}

func (i *Item) Subtotal() int { return i.Price * i.Qty }
func (i Item) Label() string  { return strings.ToUpper(i.Name[:1]) + i.Name[1:] }

type User struct{ First, Last string }

func (u *User) Full() string { return u.First + " " + u.Last }

func (c *Cart) Total() int {
	t := 0
	for i := range c.Items {
		t += c.Items[i].Subtotal()
	}
	return t
}

func (c Cart) Count() int { return len(c.Items) }

func run(name, src string, data any) {
	t, err := template.New(name).Parse(src)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("\nexec:", err)
		return
	}
	fmt.Println()
}

func main() {
	c := Cart{[]Item{{"apple", 3, 2}, {"pear", 5, 1}}, &User{"Ada", "L"}}
	run("ptr", `{{.Owner.Full}}: {{.Count}} items, total {{.Total}}; {{range .Items}}{{.Label}}={{.Subtotal}} {{end}}`, &c)
	run("val-count", `{{.Count}} {{range .Items}}{{.Label}} {{end}}`, c)
	run("val-total", `{{.Total}}`, c)
	run("slice-ptrs", `{{range .}}{{.Subtotal}} {{end}}`, []*Item{{"x", 2, 2}})
	run("map", `{{range $k, $v := .}}{{$k}}:{{$v.Label}} {{end}}`, map[string]Item{"b": {"banana", 1, 1}, "a": {"avocado", 1, 1}})
}
