package main

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte([]string{"red", "green"}[c]), nil }
func (c *Color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 0
	case "green":
		*c = 1
	default:
		return fmt.Errorf("bad color %q", b)
	}
	return nil
}

type Point struct{ X, Y int }

func (p Point) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "at"}, Value: fmt.Sprintf("%d,%d", p.X, p.Y)})
	return e.EncodeElement("", start)
}

func (p *Point) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for _, a := range start.Attr {
		if a.Name.Local == "at" {
			fmt.Sscanf(a.Value, "%d,%d", &p.X, &p.Y)
		}
	}
	return d.Skip()
}

type Shape struct {
	XMLName xml.Name `xml:"shape"`
	ID      string   `xml:"id,attr"`
	Kind    string   `xml:"kind,attr,omitempty"`
	Color   Color    `xml:"color,attr"`
	Fill    Color    `xml:"fill"`
	Points  []Point  `xml:"points>pt"`
	Note    string   `xml:",comment"`
	Body    string   `xml:",chardata"`
	Extra   []string `xml:"extra,omitempty"`
	When    time.Time
	Ptr     *int `xml:"ptr"`
}

func main() {
	n := 5
	s := Shape{ID: "s1", Color: 1, Fill: 0, Points: []Point{{1, 2}, {3, 4}}, Note: " hi ", Body: "a<b&c",
		When: time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC), Ptr: &n}
	out, err := xml.MarshalIndent(s, "", "  ")
	fmt.Println(string(out), err)
	var back Shape
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, back.ID, back.Color, back.Fill, back.Points, back.Note, back.Body, back.When, *back.Ptr)
	err = xml.Unmarshal([]byte(`<shape id="x" color="blue"></shape>`), &back)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<other/>`), &back)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<shape><fill>red</fill>`), &back)
	fmt.Println(err)
	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><!-- c --><?pi data?><c/></a>`))
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
			fmt.Printf("chars %q\n", string(t))
		case xml.Comment:
			fmt.Printf("comment %q\n", string(t))
		case xml.ProcInst:
			fmt.Println("pi", t.Target, string(t.Inst))
		}
	}
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`"<&>'`))
	fmt.Println(sb.String())
	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
	_, err = xml.Marshal(make(chan int))
	fmt.Println(err)
}
