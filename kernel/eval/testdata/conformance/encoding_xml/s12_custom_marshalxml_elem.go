package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// Properties marshals as <prop name="k">v</prop> elements, sorted.
type Properties map[string]string

func (p Properties) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		el := xml.StartElement{Name: xml.Name{Local: "prop"}, Attr: []xml.Attr{{Name: xml.Name{Local: "name"}, Value: k}}}
		if err := e.EncodeElement(p[k], el); err != nil {
			return err
		}
	}
	return e.EncodeToken(start.End())
}

func (p *Properties) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	*p = Properties{}
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			var v string
			if err := d.DecodeElement(&v, &t); err != nil {
				return err
			}
			for _, a := range t.Attr {
				if a.Name.Local == "name" {
					(*p)[a.Name.Local+":"+a.Value] = strings.TrimSpace(v)
				}
			}
		case xml.EndElement:
			return nil
		}
	}
}

type Project struct {
	XMLName xml.Name   `xml:"project"`
	Name    string     `xml:"name,attr"`
	Props   Properties `xml:"properties"`
	Deps    []string   `xml:"deps>dep"`
}

func main() {
	p := Project{Name: "gonotes", Props: Properties{"go": "1.26", "license": "MIT", "a": "<x>"}, Deps: []string{"yaegi", "zmq"}}
	b, err := xml.MarshalIndent(p, "", " ")
	fmt.Println(string(b), err)
	var back Project
	err = xml.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Props, back.Deps)
}
