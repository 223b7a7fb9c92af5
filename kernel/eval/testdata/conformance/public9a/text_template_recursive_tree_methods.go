package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Kind int

func (k Kind) String() string { return [...]string{"file", "dir"}[k] }

type Node struct {
	Name string
	Kind Kind
	Kids []*Node
	Size int
}

func (n *Node) Total() int {
	t := n.Size
	for _, k := range n.Kids {
		t += k.Total()
	}
	return t
}
func (n Node) Upper() string { return strings.ToUpper(n.Name) }

const tpl = `{{define "node"}}{{.Name}}({{.Kind}},{{.Total}},{{.Upper}}){{if .Kids}}[{{range .Kids}}{{template "node" .}} {{end}}]{{end}}{{end}}{{template "node" .}}
`

func main() {
	root := &Node{Name: "root", Kind: 1, Kids: []*Node{{Name: "a", Size: 3}, {Name: "sub", Kind: 1, Kids: []*Node{{Name: "b", Size: 4}}}}}
	t := template.Must(template.New("t").Parse(tpl))
	if err := t.Execute(os.Stdout, root); err != nil {
		fmt.Println("error:", err)
	}
	if err := t.Execute(os.Stdout, *root); err != nil {
		fmt.Println("error:", err)
	}
}
