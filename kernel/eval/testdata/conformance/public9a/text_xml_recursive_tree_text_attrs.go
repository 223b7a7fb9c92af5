package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Level int

func (l Level) MarshalText() ([]byte, error)  { return []byte(strings.Repeat("*", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error { *l = Level(len(b)); return nil }

type Item struct {
	XMLName  xml.Name `xml:"item"`
	ID       string   `xml:"id,attr"`
	Lvl      Level    `xml:"lvl,attr"`
	Name     string   `xml:"name"`
	Children []*Item  `xml:"item"`
}
type Dir struct {
	Name  string   `xml:"name,attr"`
	Mode  Level    `xml:"mode"`
	Sub   []Dir    `xml:"dir"`
	Files []string `xml:"file"`
}

func main() {
	root := &Item{ID: "1", Lvl: 2, Name: "root", Children: []*Item{{ID: "2", Lvl: 1, Name: "a"}, {ID: "3", Lvl: 3, Name: "b", Children: []*Item{{ID: "4", Lvl: 0, Name: "c"}}}}}
	b, err := xml.MarshalIndent(root, "", " ")
	fmt.Println(string(b), err)
	var back Item
	err = xml.Unmarshal(b, &back)
	fmt.Println(err, back.Lvl, back.Children[0].Lvl, back.Children[1].Lvl, back.Children[1].Children[0].Name)
	src := `<dir name="/"><mode>***</mode><file>a.txt</file><dir name="etc"><mode>*</mode><file>hosts</file><dir name="ssh"><mode>**</mode></dir></dir><dir name="tmp"/></dir>`
	var d Dir
	err = xml.Unmarshal([]byte(src), &d)
	fmt.Println(err, d.Name, d.Mode, d.Files, len(d.Sub), d.Sub[0].Name, d.Sub[0].Mode, d.Sub[0].Sub[0].Name, d.Sub[0].Sub[0].Mode, d.Sub[1].Name, d.Sub[0].Files)
	out, _ := xml.Marshal(d)
	fmt.Println(string(out))
}
