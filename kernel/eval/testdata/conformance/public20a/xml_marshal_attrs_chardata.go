package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
	"time"
)

type Address struct {
	City  string `xml:"city"`
	State string `xml:"state,attr"`
}

type Person struct {
	XMLName xml.Name  `xml:"person"`
	ID      int       `xml:"id,attr"`
	First   string    `xml:"name>first"`
	Last    string    `xml:"name>last"`
	Age     int       `xml:"age,omitempty"`
	Email   []string  `xml:"email"`
	Addr    *Address  `xml:"address,omitempty"`
	Note    string    `xml:",comment"`
	Bio     string    `xml:",chardata"`
	Born    time.Time `xml:"born"`
	Skip    string    `xml:"-"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Books   []Book   `xml:"book"`
}

type Book struct {
	ISBN  string  `xml:"isbn,attr"`
	Title string  `xml:"title"`
	Price float64 `xml:"price"`
	Inner string  `xml:",innerxml"`
}

type Temp float64

func (t Temp) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeElement(fmt.Sprintf("%.1fC", float64(t)), start)
}

type Reading struct {
	XMLName xml.Name `xml:"reading"`
	T       Temp     `xml:"temp"`
	Unit    string   `xml:"unit,attr"`
}

func main() {
	p := Person{ID: 7, First: "Ada", Last: "Lovelace", Email: []string{"a@x", "b@y"},
		Addr: &Address{"London", "UK"}, Note: " a note ", Bio: "math & <code>",
		Born: time.Date(1815, 12, 10, 0, 0, 0, 0, time.UTC), Skip: "no"}
	out, err := xml.MarshalIndent(p, "", "  ")
	fmt.Println(string(out), err)
	var back Person
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, back.ID, back.First, back.Last, back.Email, back.Addr.City, back.Addr.State, back.Born.Year(), strings.TrimSpace(back.Bio), back.Note)

	lib := `<library><book isbn="1"><title>Go</title><price>30.5</price></book><book isbn="2"><title>XML &amp; You</title><price>12</price></book></library>`
	var l Library
	fmt.Println(xml.Unmarshal([]byte(lib), &l))
	for _, b := range l.Books {
		fmt.Printf("%s %q %.2f %q\n", b.ISBN, b.Title, b.Price, b.Inner)
	}
	r := Reading{T: 21.55, Unit: "C"}
	out, err = xml.Marshal(r)
	fmt.Println(string(out), err)

	d := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><!-- c --><c/></a>`))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Print("start:", t.Name.Local, len(t.Attr), " ")
		case xml.EndElement:
			fmt.Print("end:", t.Name.Local, " ")
		case xml.CharData:
			fmt.Printf("chars:%q ", string(t))
		case xml.Comment:
			fmt.Printf("comment:%q ", string(t))
		}
	}
	fmt.Println()
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent(">", "-")
	enc.Encode(struct {
		XMLName xml.Name `xml:"pt"`
		X, Y    int
	}{X: 1, Y: 2})
	fmt.Println()
	var bad Person
	fmt.Println(xml.Unmarshal([]byte(`<person><age>old</age></person>`), &bad))
	fmt.Println(xml.Unmarshal([]byte(`<person><unclosed></person>`), &bad))
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`<"&'>`))
	fmt.Println(sb.String())
}
