package main

import (
	"encoding/xml"
	"fmt"
	"time"
)

type Address struct {
	City, State string
}

type Meta struct {
	Created time.Time `xml:"created,attr"`
	Version int       `xml:"version,attr,omitempty"`
}

type Extra struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
}

type Person struct {
	XMLName xml.Name `xml:"urn:people person"`
	Meta
	ID      int      `xml:"id,attr"`
	First   string   `xml:"name>first"`
	Last    string   `xml:"name>last"`
	Age     int      `xml:"age,omitempty"`
	Emails  []string `xml:"email"`
	Address `xml:"address"`
	Extras  []Extra  `xml:",any"`
	Comment string   `xml:",comment"`
	Ptr     *Address `xml:"alt,omitempty"`
}

func main() {
	p := Person{Meta: Meta{Created: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)}, ID: 13, First: "John", Last: "Doe",
		Emails: []string{"a@x", "b@y"}, Address: Address{"Hanga Roa", "Easter Island"}, Comment: " Need more details. "}
	out, err := xml.MarshalIndent(p, "", "  ")
	fmt.Println(xml.Header+string(out), err)
	src := `<person xmlns="urn:people" id="7" created="2021-05-06T07:08:09Z" version="2">
  <name><first>Ann</first><last>Lee</last></name>
  <email>x@y</email><email>z@w</email>
  <address><City>Oslo</City><State>-</State></address>
  <hobby level="pro" since="2001">chess</hobby>
  <pet>cat</pet>
  <alt><City>Bergen</City></alt>
</person>`
	var q Person
	err = xml.Unmarshal([]byte(src), &q)
	fmt.Println(err, q.XMLName.Space, q.XMLName.Local, q.ID, q.First, q.Last, q.Emails, q.City, q.Created, q.Version, q.Ptr.City)
	for _, e := range q.Extras {
		fmt.Println(e.XMLName.Local, e.Attrs, e.Text)
	}
	var wrongNS Person
	err = xml.Unmarshal([]byte(`<person xmlns="urn:other"></person>`), &wrongNS)
	fmt.Println(err)
	type list struct {
		XMLName xml.Name  `xml:"list"`
		Items   []Address `xml:"item"`
	}
	b, _ := xml.Marshal(list{Items: []Address{{"A", "B"}, {"C", ""}}})
	fmt.Println(string(b))
	var l list
	fmt.Println(xml.Unmarshal(b, &l), l.Items)
	b, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(string(b), err)
	b, err = xml.Marshal(struct {
		XMLName xml.Name `xml:"n"`
		V       any      `xml:"v"`
		F       float64  `xml:"f"`
		B       []byte   `xml:"b"`
	}{V: 3, F: 1e21, B: []byte("hi")})
	fmt.Println(string(b), err)
}
