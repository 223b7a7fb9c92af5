package main

import (
	"fmt"
	"os"
	"text/template"
)

type Both struct{ N int }

func (b Both) Error() string    { return fmt.Sprintf("error %d", b.N) }
func (b Both) String() string   { return fmt.Sprintf("string %d", b.N) }
func (b Both) Double() int      { return b.N * 2 }
func (b *Both) PtrOnly() string { return "ptr" }

type Page struct {
	Title string
	Err   Both
	P     *Both
}

func (p Page) Upper() string { return "UP " + p.Title }

func main() {
	t := template.Must(template.New("x").Parse("{{.}} {{.Error}} {{.Double}} {{.N}}\n"))
	if err := t.Execute(os.Stdout, Both{3}); err != nil {
		fmt.Println("err:", err)
	}
	if err := t.Execute(os.Stdout, &Both{4}); err != nil {
		fmt.Println("err:", err)
	}
	t2 := template.Must(template.New("y").Parse("{{.Title}} {{.Upper}} {{.Err}} {{.Err.Double}} {{.P.PtrOnly}} {{.P}}\n"))
	if err := t2.Execute(os.Stdout, Page{"t", Both{5}, &Both{6}}); err != nil {
		fmt.Println("err:", err)
	}
	t3 := template.Must(template.New("z").Parse("{{range .}}{{.}}/{{.Double}} {{end}}\n"))
	if err := t3.Execute(os.Stdout, []Both{{7}, {8}}); err != nil {
		fmt.Println("err:", err)
	}
}
