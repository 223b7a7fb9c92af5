package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Product struct {
	Name  string
	Price int
	Tags  map[string]bool
}

func (p *Product) OnSale() bool { return p.Price < 100 }

type Shop struct {
	Title    string
	Products []*Product
	Stock    map[string]int
	Events   chan string
}

func (s Shop) Find(name string) (*Product, error) {
	for _, p := range s.Products {
		if p.Name == name {
			return p, nil
		}
	}
	return nil, errors.New("no product " + name)
}

const base = `{{define "layout"}}== {{template "title" .}} =={{"\n"}}{{block "body" .}}default body{{end}}{{"\n"}}-- end{{end}}{{define "title"}}{{.Title | printf "%q"}}{{end}}`

func main() {
	funcs := template.FuncMap{
		"money": func(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) },
		"join":  strings.Join,
		"must": func(ok bool) (string, error) {
			if !ok {
				return "", errors.New("must failed")
			}
			return "ok", nil
		},
		"seq": func(n int) []int {
			s := make([]int, n)
			for i := range s {
				s[i] = i + 1
			}
			return s
		},
	}
	layout := template.Must(template.New("base").Funcs(funcs).Parse(base))
	list := template.Must(template.Must(layout.Clone()).Parse(`{{define "body"}}{{range $i, $p := .Products}}{{if $i}}, {{end}}{{$p.Name}} {{money $p.Price}}{{if $p.OnSale}}!{{end}}{{end}}{{end}}`))
	detail := template.Must(template.Must(layout.Clone()).Parse(`{{define "body"}}{{with $p := .Find "pen"}}{{$p.Name}} tags:{{range $k, $v := $p.Tags}} {{$k}}={{$v}}{{end}}{{end}}{{end}}`))
	ch := make(chan string, 3)
	ch <- "open"
	ch <- "sale"
	close(ch)
	shop := Shop{Title: "Corner", Products: []*Product{{"pen", 150, map[string]bool{"ink": true, "blue": false}}, {"pad", 99, nil}},
		Stock: map[string]int{"pen": 3, "pad": 0}, Events: ch}
	for _, t := range []*template.Template{layout, list, detail} {
		if err := t.ExecuteTemplate(os.Stdout, "layout", shop); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println()
	}
	extra := template.Must(template.New("x").Funcs(funcs).Parse(`{{range .Events}}[{{.}}]{{end}} {{range $k, $v := .Stock}}{{$k}}:{{$v}} {{end}}{{range seq 3}}{{.}}{{end}} {{join (slice .Names 1) "+"}} {{must true}}{{"\n"}}`))
	err := extra.Execute(os.Stdout, map[string]any{"Events": shop.Events, "Stock": shop.Stock, "Names": []string{"a", "b", "c"}})
	fmt.Println(err)
	err = template.Must(template.New("e").Funcs(funcs).Parse(`before {{must false}} after`)).Execute(os.Stdout, nil)
	fmt.Println("\nerror:", err)
	err = template.Must(layout.Clone()).ExecuteTemplate(os.Stdout, "body", shop)
	fmt.Println("\n", err)
	_, err = shop.Find("cup")
	fmt.Println(err)
	err = detail.ExecuteTemplate(os.Stdout, "nosuch", nil)
	fmt.Println(err)
	var names []string
	for _, t := range list.Templates() {
		names = append(names, t.Name())
	}
	fmt.Println(len(names), list.Lookup("body") != nil)
	vars := template.Must(template.New("v").Parse(`{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}} {{len .}} {{index . 1}} {{slice . 0 1}} {{printf "%v-%v" (index . 0) (len (index . 2))}} {{html "<b>"}} {{js "it's"}} {{urlquery "a b"}} {{print 1 2 "x" 3}} {{println "end"}}`))
	vars.Execute(os.Stdout, []string{"p", "q", "rst"})
}
