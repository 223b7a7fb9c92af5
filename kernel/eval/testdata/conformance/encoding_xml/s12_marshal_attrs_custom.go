package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: fmt.Sprintf("%.1fC", float64(c))}, nil
}

func (c *Celsius) UnmarshalXMLAttr(a xml.Attr) error {
	_, err := fmt.Sscanf(a.Value, "%fC", (*float64)(c))
	return err
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	*l = Level(len(b))
	return nil
}

type Reading struct {
	XMLName xml.Name `xml:"reading"`
	Station string   `xml:"station,attr"`
	Temp    Celsius  `xml:"temp,attr"`
	Alert   Level    `xml:"alert"`
	Notes   []string `xml:"notes>note"`
	Comment string   `xml:",comment"`
	Raw     string   `xml:",chardata"`
}

func main() {
	r := Reading{Station: "KSEA", Temp: 12.25, Alert: 3, Notes: []string{"windy", "a<b"}, Comment: " auto ", Raw: "ok"}
	b, err := xml.MarshalIndent(r, "", "  ")
	fmt.Println(string(b), err)
	var back Reading
	err = xml.Unmarshal([]byte(`<reading station="LHR" temp="-3.5C"><alert>**</alert><notes><note>x</note><note>y</note></notes>text</reading>`), &back)
	fmt.Println(err, back.Station, back.Temp, back.Alert, back.Notes, back.Raw, back.XMLName.Local)
	err = xml.Unmarshal([]byte(`<reading temp="hot"></reading>`), &back)
	fmt.Println(err != nil)
}
