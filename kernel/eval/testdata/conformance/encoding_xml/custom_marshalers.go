package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Animal int

const (
	Unknown Animal = iota
	Gopher
	Zebra
)

func (a *Animal) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return err
	}
	switch strings.ToLower(s) {
	default:
		*a = Unknown
	case "gopher":
		*a = Gopher
	case "zebra":
		*a = Zebra
	}
	return nil
}

func (a Animal) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	var s string
	switch a {
	default:
		s = "unknown"
	case Gopher:
		s = "gopher"
	case Zebra:
		s = "zebra"
	}
	return e.EncodeElement(s, start)
}

type Size int

func (s Size) MarshalText() ([]byte, error) { return []byte([]string{"?", "S", "L"}[s]), nil }

type Box struct {
	XMLName xml.Name `xml:"box"`
	Size    Size     `xml:"size,attr"`
	Label   string   `xml:"label"`
}

func main() {
	blob := `
	<animals>
		<animal>gopher</animal>
		<animal>armadillo</animal>
		<animal>zebra</animal>
		<animal>unknown</animal>
		<animal>gopher</animal>
	</animals>`
	var zoo struct {
		Animals []Animal `xml:"animal"`
	}
	if err := xml.Unmarshal([]byte(blob), &zoo); err != nil {
		fmt.Println(err)
	}
	census := make(map[Animal]int)
	for _, animal := range zoo.Animals {
		census[animal] += 1
	}
	fmt.Printf("Zoo Census:\n* Gophers: %d\n* Zebras:  %d\n* Unknown: %d\n", census[Gopher], census[Zebra], census[Unknown])
	out, err := xml.Marshal(struct {
		XMLName xml.Name `xml:"zoo"`
		A       []Animal `xml:"a"`
	}{A: []Animal{Zebra, Gopher}})
	fmt.Println(string(out), err)
	out, err = xml.Marshal(Box{Size: 2, Label: "books"})
	fmt.Println(string(out), err)
}
