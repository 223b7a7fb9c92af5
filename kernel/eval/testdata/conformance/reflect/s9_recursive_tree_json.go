package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

type Kind int

func (k Kind) String() string { return [...]string{"dir", "file"}[k] }

func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

type Tree struct {
	Name     string
	Kind     Kind
	Children []Tree           `json:",omitempty"`
	Index    map[string]*Tree `json:"-"`
}

func (t Tree) walk(depth int, out *strings.Builder) {
	fmt.Fprintf(out, "%s%s (%v)\n", strings.Repeat("  ", depth), t.Name, t.Kind)
	for _, c := range t.Children {
		c.walk(depth+1, out)
	}
}

func main() {
	root := Tree{Name: "/", Children: []Tree{
		{Name: "etc", Children: []Tree{{Name: "hosts", Kind: 1}}},
		{Name: "README", Kind: 1},
	}}
	root.Index = map[string]*Tree{"etc": &root.Children[0]}
	var sb strings.Builder
	root.walk(0, &sb)
	fmt.Print(sb.String())

	b, err := json.Marshal(root)
	fmt.Println(string(b), err)

	var back Tree
	fmt.Println(json.Unmarshal(b, &back), len(back.Children), back.Children[0].Children[0].Name)

	t := reflect.TypeOf(root)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Type.Kind())
	}
	fmt.Println(t.Field(2).Type.Elem() == t, t.Field(3).Type.Elem().Elem() == t)
}
