package main

import (
	"fmt"
	"os"
	"text/template"
)

type Base struct{ ID int }

func (b Base) Key() string { return fmt.Sprint("k", b.ID) }
func (b *Base) Bump() int  { b.ID++; return b.ID }
func (b Base) Twice() int  { return b.ID * 2 }

func main() {
	t := template.Must(template.New("t").Parse("{{.Key}} {{.Twice}} {{.Name}} {{.ID}}\n"))
	err := t.Execute(os.Stdout, struct {
		Base
		Name string
	}{Base{7}, "n"})
	fmt.Println(err)
	v := &struct {
		*Base
		Name string
	}{&Base{1}, "p"}
	t2 := template.Must(template.New("t2").Parse("{{.Bump}} {{.Bump}} {{.Key}}\n"))
	fmt.Println(t2.Execute(os.Stdout, v), v.ID)
}
