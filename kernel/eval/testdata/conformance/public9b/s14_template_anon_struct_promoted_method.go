package main

import (
	"fmt"
	"os"
	"text/template"
)

// A method promoted into an anonymous struct type from an embedded pointer
// to a notebook type, beside other fields: {{.Count}} of the template's
// data (Go finds (*Invoice).Count through the embedded field).

type Invoice struct {
	Lines []string
}

func (inv *Invoice) Count() int { return len(inv.Lines) }

func main() {
	inv := &Invoice{[]string{"a", "b"}}
	t := template.Must(template.New("t").Parse("{{.Title}} has {{.Count}} lines: {{range .Lines}}{{.}} {{end}}\n"))
	err := t.Execute(os.Stdout, struct {
		*Invoice
		Title string
	}{inv, "inv"})
	fmt.Println(err)
}
