package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Unit string

func (u Unit) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

type Item struct {
	XMLName xml.Name `xml:"item"`
	ID      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Unit    Unit     `xml:"unit"`
	Note    string   `xml:"note,omitempty"`
}

func main() {
	b, err := xml.Marshal(Item{ID: 1, Name: "bolt", Unit: "kg"})
	fmt.Println(string(b), err)
	b, _ = xml.MarshalIndent([]Item{{ID: 2, Name: "nut", Unit: "g", Note: "n"}}, "", " ")
	fmt.Println(string(b))
	var it Item
	err = xml.Unmarshal([]byte(`<item id="5"><name>x</name><unit>m</unit></item>`), &it)
	fmt.Printf("%+v %v\n", it, err)
}
