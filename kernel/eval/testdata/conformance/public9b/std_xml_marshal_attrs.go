package main

import (
	"encoding/xml"
	"fmt"
)

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Price   float64  `xml:"price,omitempty"`
	Note    string   `xml:",comment"`
	Text    string   `xml:",chardata"`
}

type Library struct {
	XMLName xml.Name `xml:"library"`
	Name    string   `xml:"name,attr"`
	Books   []Book   `xml:"book"`
}

func main() {
	lib := Library{Name: "city", Books: []Book{
		{ID: "b1", Lang: "en", Title: "Go & You", Authors: []string{"A", "B"}, Price: 9.5, Note: " classic "},
		{ID: "b2", Title: "<Tags>", Text: "extra"},
	}}
	out, err := xml.MarshalIndent(lib, "", "  ")
	fmt.Println(string(out), err)
	var back Library
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, back.Name, len(back.Books))
	for _, b := range back.Books {
		fmt.Printf("%s %q %q %v %v %q\n", b.ID, b.Lang, b.Title, b.Authors, b.Price, b.Note)
	}
	err = xml.Unmarshal([]byte("<library><book>"), &back)
	fmt.Println(err)
	type Pt struct {
		X int `xml:"x,attr"`
		Y int `xml:"y"`
	}
	b, _ := xml.Marshal([]Pt{{1, 2}, {3, 4}})
	fmt.Println(string(b))
}
