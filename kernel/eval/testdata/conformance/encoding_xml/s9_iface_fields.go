package main

import (
	"encoding/xml"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Name struct{ First, Last string }

func (n Name) String() string { return n.First + " " + n.Last }

type Doc struct {
	XMLName xml.Name     `xml:"doc"`
	L       fmt.Stringer `xml:"level"`
	N       fmt.Stringer `xml:"name"`
	A       any          `xml:"any"`
}

func main() {
	d := Doc{L: Level(1), N: Name{"Ada", "Lovelace"}, A: Level(2)}
	b, err := xml.Marshal(d)
	fmt.Println(string(b), err)
}
