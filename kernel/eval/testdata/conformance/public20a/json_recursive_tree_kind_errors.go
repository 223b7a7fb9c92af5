package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"
)

type Kind int

func (k *Kind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "file":
		*k = 1
	case "dir":
		*k = 2
	default:
		return fmt.Errorf("bad kind %q", b)
	}
	return nil
}

func (k Kind) MarshalText() ([]byte, error) { return []byte([]string{"?", "file", "dir"}[k]), nil }

type Node struct {
	Name     string  `json:"name" xml:"name,attr"`
	Kind     Kind    `json:"kind" xml:"kind,attr"`
	Size     int     `json:"size" xml:"size,attr"`
	Children []*Node `json:"children,omitempty" xml:"node"`
}

func (n *Node) total() int {
	t := n.Size
	for _, c := range n.Children {
		t += c.total()
	}
	return t
}

func (n *Node) print(indent string) {
	fmt.Printf("%s%s %v %d\n", indent, n.Name, n.Kind, n.total())
	for _, c := range n.Children {
		c.print(indent + "  ")
	}
}

func main() {
	in := `{"name":"/","kind":"dir","children":[{"name":"a.txt","kind":"file","size":10},{"name":"sub","kind":"dir","children":[{"name":"b","kind":"file","size":5},{"name":"c","kind":"file","size":7}]}]}`
	var root Node
	err := json.Unmarshal([]byte(in), &root)
	fmt.Println(err)
	root.print("")
	out, _ := json.Marshal(root)
	fmt.Println(string(out) == in, string(out))
	var bad Node
	err = json.Unmarshal([]byte(`{"name":"x","kind":"dir","children":[{"name":"y","kind":"link"}]}`), &bad)
	fmt.Println(err, bad.Name, len(bad.Children))
	var bad2 Node
	err = json.Unmarshal([]byte(`{"name":"x","size":"big","children":[{"name":"y","kind":"file","size":3}]}`), &bad2)
	fmt.Println(err, bad2.Name, len(bad2.Children), bad2.Children[0].Name, bad2.Children[0].Size)
	var bad3 Node
	err = json.Unmarshal([]byte(`{"name":"x","children":[{"name":"y","kind":"file","size":"3"},{"name":"z","size":4}]}`), &bad3)
	fmt.Println(err, bad3.Name, len(bad3.Children))
	for _, c := range bad3.Children {
		fmt.Println(" ", c.Name, c.Kind, c.Size)
	}
	xin := `<node name="/" kind="dir"><node name="f" kind="file" size="3"></node><node name="d" kind="dir"><node name="g" kind="file" size="4"></node></node></node>`
	var xr Node
	err = xml.NewDecoder(strings.NewReader(xin)).Decode(&xr)
	fmt.Println(err)
	xr.print("")
	xo, err := xml.Marshal(xr)
	fmt.Println(string(xo), err)
}
