package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Base struct{ ID int }

func (b Base) Tag(parts ...string) string {
	return fmt.Sprintf("#%d:%s", b.ID, strings.Join(parts, "-"))
}
func (b *Base) PtrOnly() string { return "ptr" }

type Owner struct{ Name string }

type Item struct {
	Base
	*Owner
	Name  string
	Price float64
}

func (i Item) Check(limit float64) (string, error) {
	if i.Price > limit {
		return "", errors.New("too expensive: " + i.Name)
	}
	return "ok " + i.Name, nil
}

func run(name, text string, data any) {
	t, err := template.New(name).Parse(text)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	fmt.Printf("%s: %q err=%v\n", name, sb.String(), err)
}

func main() {
	it := Item{Base: Base{7}, Owner: &Owner{"kim"}, Name: "lamp", Price: 30}
	run("promoted", `{{.ID}} {{.Tag}} {{.Tag "a" "b"}} {{.Owner.Name}}`, it)
	run("ptrmethod-value", `{{.PtrOnly}}`, it)
	run("ptrmethod-ptr", `{{.PtrOnly}}`, &it)
	run("check-ok", `{{.Check 50.0}}`, it)
	run("check-err", `a{{.Check 10.0}}b`, it)
	noOwner := Item{Name: "x"}
	run("nil-embedded", `{{.Name}} {{.Owner}}`, noOwner)
	run("map-items", `{{range $k, $v := .}}{{$k}}={{$v.Name}}/{{$v.Tag "m"}} {{end}}`, map[string]Item{"b": it, "a": noOwner})
	run("bad-arg", `{{.Check "x"}}`, it)
	run("too-many", `{{.Check 1.0 2.0}}`, it)
	run("nil-data", `{{.Name}}`, nil)
	run("missing-map", `{{.missing}} {{index . "k"}}`, map[string]int{"k": 1})
	run("slice-oob", `{{index . 5}}`, []int{1})
	run("func-field", `{{call .F 3}}`, struct{ F func(int) int }{func(x int) int { return x * x }})
	t := template.Must(template.New("w").Parse("{{.}}\n"))
	t.Execute(os.Stdout, []any{1, "a", nil, it.Base})
}
