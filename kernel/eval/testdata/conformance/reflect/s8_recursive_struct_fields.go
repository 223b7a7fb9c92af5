package main

import (
	"fmt"
	"os"
	"reflect"
	"text/template"
)

type Lv int

func (l Lv) String() string { return fmt.Sprintf("L%d", int(l)) }

type Node struct {
	V    Lv
	Next *Node
	Kids []Node
}

func main() {
	n := &Node{V: 1, Next: &Node{V: 2}, Kids: []Node{{V: 3}}}
	t := reflect.TypeOf(*n)
	fmt.Println(t.Field(0).Type, t.Field(1).Type, t.Field(2).Type)
	tp := template.Must(template.New("").Parse("{{.V}} {{.Next.V}} {{range .Kids}}{{.V}}{{end}}\n"))
	if err := tp.Execute(os.Stdout, n); err != nil {
		fmt.Println(err)
	}
}
