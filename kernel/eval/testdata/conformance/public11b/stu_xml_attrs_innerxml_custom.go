package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Color int

func (c Color) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: []string{"red", "green"}[c]}, nil
}

func (c *Color) UnmarshalXMLAttr(attr xml.Attr) error {
	switch attr.Value {
	case "red":
		*c = 0
	case "green":
		*c = 1
	default:
		return fmt.Errorf("color %q", attr.Value)
	}
	return nil
}

type Dims struct{ W, H int }

func (d Dims) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeElement(fmt.Sprintf("%dx%d", d.W, d.H), start)
}

func (d *Dims) UnmarshalXML(dec *xml.Decoder, start xml.StartElement) error {
	var s string
	if err := dec.DecodeElement(&s, &start); err != nil {
		return err
	}
	_, err := fmt.Sscanf(s, "%dx%d", &d.W, &d.H)
	return err
}

type Part struct {
	XMLName xml.Name `xml:"part"`
	ID      string   `xml:"id,attr"`
	Color   Color    `xml:"color,attr"`
	Name    string   `xml:"name"`
	Size    Dims     `xml:"size"`
	Tags    []string `xml:"tags>tag"`
	Note    string   `xml:",comment"`
	Body    string   `xml:",chardata"`
	Opt     *string  `xml:"opt,omitempty"`
}

type Catalog struct {
	XMLName xml.Name `xml:"catalog"`
	Parts   []Part   `xml:"part"`
	Raw     struct {
		Inner string `xml:",innerxml"`
	} `xml:"raw"`
}

func main() {
	p := Part{ID: "p1", Color: 1, Name: "bolt & nut", Size: Dims{3, 4}, Tags: []string{"m", "steel"}, Note: " checked ", Body: "text<"}
	out, err := xml.MarshalIndent(p, "", " ")
	fmt.Println(string(out), err)

	src := `<catalog><part id="a" color="red"><name>screw</name><size>5x6</size><tags><tag>x</tag></tags>body</part>
<part id="b" color="green"><name>nail</name><size>1x1</size></part><raw><b>keep</b> me</raw></catalog>`
	var c Catalog
	err = xml.Unmarshal([]byte(src), &c)
	fmt.Println(err, len(c.Parts))
	for _, p := range c.Parts {
		fmt.Printf("%s %d %q %+v %v %q\n", p.ID, p.Color, p.Name, p.Size, p.Tags, p.Body)
	}
	fmt.Printf("%q\n", c.Raw.Inner)

	err = xml.Unmarshal([]byte(`<part color="blue"></part>`), &p)
	fmt.Println("error:", err)

	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>t</b><!-- c --><?pi x?></a>`))
	for {
		tok, err := d.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Println("start", t.Name.Local, t.Attr)
		case xml.EndElement:
			fmt.Println("end", t.Name.Local)
		case xml.CharData:
			fmt.Printf("chars %q\n", t)
		case xml.Comment:
			fmt.Printf("comment %q\n", t)
		case xml.ProcInst:
			fmt.Println("procinst", t.Target, string(t.Inst))
		}
	}
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`a<b>"c"&'d'`))
	fmt.Println(sb.String())
}
