package main

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type Address struct {
	City string `xml:"city"`
	Zip  string `xml:"zip,attr"`
}

type Person struct {
	XMLName xml.Name `xml:"person"`
	ID      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Emails  []string `xml:"email"`
	Addr    *Address `xml:"address,omitempty"`
	Note    string   `xml:",comment"`
	Skip    string   `xml:"-"`
}

type Record struct {
	Name  string
	Score float64
	Tags  map[string]int
	Next  *Record
}

func main() {
	p := Person{ID: 7, Name: "Ann & Bo", Emails: []string{"a@x", "b@y"}, Addr: &Address{"Oslo", "0150"}, Note: " vip ", Skip: "no"}
	out, err := xml.MarshalIndent(p, "", "  ")
	fmt.Println(string(out), err)
	var back Person
	err = xml.Unmarshal(out, &back)
	fmt.Printf("%v %+v %v %q\n", err, *back.Addr, back.Emails, back.Skip)
	dec := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><!-- c --><c/></a>`))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
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
	var buf bytes.Buffer
	r := Record{"root", 1.5, map[string]int{"a": 1}, &Record{Name: "child", Score: -2}}
	if err := gob.NewEncoder(&buf).Encode(r); err != nil {
		fmt.Println(err)
	}
	var rb Record
	err = gob.NewDecoder(&buf).Decode(&rb)
	fmt.Println(err, rb.Name, rb.Score, rb.Tags, rb.Next.Name, rb.Next.Next == nil)
	var zbuf bytes.Buffer
	zw := gzip.NewWriter(&zbuf)
	zw.Name = "data.txt"
	zw.Write([]byte(strings.Repeat("gopher ", 100)))
	zw.Close()
	fmt.Println(zbuf.Len() < 700)
	zr, err := gzip.NewReader(&zbuf)
	fmt.Println(err, zr.Name)
	plain, _ := io.ReadAll(zr)
	fmt.Println(len(plain), string(plain[:14]))
	_, err = gzip.NewReader(strings.NewReader("not gzip"))
	fmt.Println(err)
}
