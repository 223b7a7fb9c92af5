package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
)

type Node struct {
	Name     string
	Children []*Node
	Attrs    map[string]string
}

func (n *Node) Depth() int {
	d := 0
	for _, c := range n.Children {
		d = max(d, c.Depth())
	}
	return d + 1
}

func (n *Node) Walk(f func(*Node, int)) { n.walk(f, 0) }
func (n *Node) walk(f func(*Node, int), lvl int) {
	f(n, lvl)
	for _, c := range n.Children {
		c.walk(f, lvl+1)
	}
}

const tpl = `{{define "node"}}{{.Name}}{{if .Children}}({{range $i, $c := .Children}}{{if $i}},{{end}}{{template "node" $c}}{{end}}){{end}}{{end}}{{template "node" .}} depth={{.Depth}}
`

func main() {
	tree := &Node{Name: "root", Children: []*Node{
		{Name: "a", Children: []*Node{{Name: "a1"}, {Name: "a2", Attrs: map[string]string{"k": "v"}}}},
		{Name: "b"},
	}}
	template.Must(template.New("t").Parse(tpl)).Execute(os.Stdout, tree)
	tree.Walk(func(n *Node, l int) { fmt.Printf("%s%s %v\n", strings.Repeat("  ", l), n.Name, n.Attrs) })
	b, _ := json.Marshal(tree)
	fmt.Println(string(b))
	var back Node
	fmt.Println(json.Unmarshal(b, &back), back.Depth(), back.Children[0].Children[1].Attrs["k"])
	var buf bytes.Buffer
	enc := json.NewEncoder(io.MultiWriter(&buf, io.Discard))
	enc.Encode(back.Children[0])
	fmt.Print(buf.String())
}
