package main

import (
	"encoding/xml"
	"fmt"
)

// An XML tree type that holds itself, with an attribute of a type with
// UnmarshalText: the method is called at every level of the tree, and the
// nested elements are kept (they were dropped with a parse error of the
// bare int).

type Level int

func (l *Level) UnmarshalText(b []byte) error { *l = Level(len(b)); return nil }

type Item struct {
	ID       string  `xml:"id,attr"`
	Lvl      Level   `xml:"lvl,attr"`
	Children []*Item `xml:"item"`
}

type Plain struct {
	ID       string   `xml:"id,attr"`
	Children []*Plain `xml:"item"`
}

func main() {
	src := `<item id="1" lvl="**"><item id="2" lvl="*"></item><item id="3"><item id="4" lvl="****"></item></item></item>`
	var it Item
	err := xml.Unmarshal([]byte(src), &it)
	fmt.Println(err, it.ID, it.Lvl, len(it.Children))
	fmt.Println(it.Children[0].ID, it.Children[0].Lvl, it.Children[1].Children[0].ID, it.Children[1].Children[0].Lvl)
	var p Plain
	err = xml.Unmarshal([]byte(src), &p)
	fmt.Println(err, p.ID, len(p.Children), p.Children[1].Children[0].ID)
}
