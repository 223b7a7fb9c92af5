package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type Color struct{ R, G, B uint8 }

func (c Color) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)}, nil
}

func (c *Color) UnmarshalXMLAttr(a xml.Attr) error {
	_, err := fmt.Sscanf(a.Value, "#%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type Shape struct {
	XMLName xml.Name `xml:"shape"`
	Kind    string   `xml:"kind,attr"`
	Fill    Color    `xml:"fill,attr"`
	Points  []Point  `xml:"pt"`
}

type Point struct {
	X int `xml:"x,attr"`
	Y int `xml:"y,attr"`
}

func main() {
	s := Shape{Kind: "tri", Fill: Color{255, 128, 0}, Points: []Point{{0, 0}, {5, 0}, {0, 5}}}
	b, err := xml.Marshal(s)
	fmt.Println(string(b), err)
	var back Shape
	err = xml.Unmarshal(b, &back)
	fmt.Printf("%v %+v\n", err, back.Fill)
	fmt.Println(back.Kind, back.Points)
	doc := `<?xml version="1.0"?><root a="1"><!-- note --><item id="x">text &amp; more</item><empty/></root>`
	d := xml.NewDecoder(strings.NewReader(doc))
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			var attrs []string
			for _, a := range t.Attr {
				attrs = append(attrs, a.Name.Local+"="+a.Value)
			}
			fmt.Printf("%sstart %s %v\n", strings.Repeat(" ", depth), t.Name.Local, attrs)
			depth++
		case xml.EndElement:
			depth--
			fmt.Printf("%send %s\n", strings.Repeat(" ", depth), t.Name.Local)
		case xml.CharData:
			fmt.Printf("%stext %q\n", strings.Repeat(" ", depth), string(t))
		case xml.Comment:
			fmt.Printf("%scomment %q\n", strings.Repeat(" ", depth), string(t))
		case xml.ProcInst:
			fmt.Println("procinst", t.Target)
		}
	}
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`a<b>&"c"`))
	fmt.Println(sb.String())
}
