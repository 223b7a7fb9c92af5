// A selector picks the shallowest field through embedded fields: a field
// of an embedded struct listed first, but deeper, does not hide it; fields
// of the same name at the same depth are reached by their full paths.
package main

import "fmt"

type Meta struct {
	ID   int
	Note string
}

type Header struct{ Meta }

type Tag struct {
	ID   string
	Note string
}

type Doc struct {
	Header
	*Tag
	Body string
}

type Named struct{ Name string }

type Wrapper struct {
	Inner Named
	Named
}

func main() {
	d := Doc{Header{Meta{7, "deep"}}, &Tag{"t-1", "shallow"}, "b"}
	fmt.Println(d.ID, d.Note, d.Meta.ID, d.Header.Note, d.Tag.ID)
	d.ID = "t-2"
	d.Meta.ID++
	fmt.Println(d.Tag.ID, d.Header.Meta.ID)
	w := Wrapper{Named{"inner"}, Named{"embedded"}}
	fmt.Println(w.Name, w.Inner.Name)
	p := &d
	p.Note = "changed"
	fmt.Println(d.Tag.Note, d.Meta.Note)
}
