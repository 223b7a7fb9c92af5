package main

import (
	"encoding/json"
	"fmt"
	"os"
	"text/template"
)

// A template's data of an anonymous struct type embedding a pointer to a
// notebook type beside other fields: the elements reached through the
// embedded pointer keep their methods ({{.Total}} of a Line).

type Line struct {
	Desc string
	Qty  int
}

func (l Line) Total() int { return l.Qty * 3 }

type Invoice struct {
	Lines []Line
}

func (inv *Invoice) Count() int { return len(inv.Lines) }

func main() {
	inv := &Invoice{[]Line{{"a", 1}, {"b", 2}}}
	t := template.Must(template.New("t").Parse("{{.Title}}:{{range .Lines}} {{.Desc}}={{.Total}}{{end}}\n"))
	data := struct {
		*Invoice
		Title string
	}{inv, "inv"}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	b, err := json.Marshal(data)
	fmt.Println(string(b), err)
	fmt.Println(data.Count(), data.Lines[1].Total())
}
