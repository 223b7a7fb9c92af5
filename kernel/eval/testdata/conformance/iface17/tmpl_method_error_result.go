package main

import (
	"errors"
	"fmt"
	"os"
	"text/template"
)

type Source interface{ Get(string) (string, error) }

type Mem map[string]string

func (m Mem) Get(k string) (string, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return "", errors.New("no key " + k)
}

type Ctx struct {
	Src  Source
	Name string
}

func (c Ctx) Lookup(k string) (string, error) { return c.Src.Get(k) }

func main() {
	c := Ctx{Src: Mem{"a": "1"}, Name: "n"}
	t := template.Must(template.New("t").Parse("{{.Lookup \"a\"}} {{.Src.Get \"a\"}}\n"))
	fmt.Println(t.Execute(os.Stdout, c))
	t2 := template.Must(template.New("t2").Parse("{{.Lookup \"zz\"}}\n"))
	fmt.Println(t2.Execute(os.Stdout, c))
}
