package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type Counter map[string]int

type Book struct {
	ID     string   `xml:"id,attr"`
	Title  string   `xml:"title"`
	Author []string `xml:"author"`
	Price  float64  `xml:"price"`
}

func (b Book) String() string {
	return fmt.Sprintf("%s %q by %v $%.2f", b.ID, b.Title, b.Author, b.Price)
}

const doc = `<?xml version="1.0"?>
<catalog>
  <book id="bk1"><title>Go</title><author>A</author><author>B</author><price>29.5</price></book>
  <!-- skip -->
  <magazine><title>Wired</title></magazine>
  <book id="bk2"><title>Rust &amp; Go</title><price>40</price></book>
</catalog>`

func main() {
	d := xml.NewDecoder(strings.NewReader(doc))
	counts := Counter{}
	var books []Book
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err", err)
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			counts[t.Name.Local]++
			if t.Name.Local == "book" {
				var b Book
				if err := d.DecodeElement(&b, &t); err != nil {
					fmt.Println(err)
				}
				books = append(books, b)
			}
		case xml.Comment:
			fmt.Printf("comment %q\n", string(t))
		case xml.ProcInst:
			fmt.Println("procinst", t.Target)
		}
	}
	fmt.Println(counts)
	for _, b := range books {
		fmt.Println(b)
	}
	var sb strings.Builder
	e := xml.NewEncoder(&sb)
	e.EncodeToken(xml.StartElement{Name: xml.Name{Local: "list"}, Attr: []xml.Attr{{Name: xml.Name{Local: "n"}, Value: "2"}}})
	for _, b := range books {
		e.EncodeElement(b, xml.StartElement{Name: xml.Name{Local: "item"}})
	}
	e.EncodeToken(xml.EndElement{Name: xml.Name{Local: "list"}})
	e.Flush()
	fmt.Println(sb.String())
}
