package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type P struct {
	A int
	B []string
}

type Size int

func (s Size) MarshalText() ([]byte, error) { return []byte([]string{"?", "S", "L"}[s]), nil }

type Inv struct {
	Main  Size   `xml:"main,attr"`
	Sizes []Size `xml:"size"`
	note  string
}

func main() {
	b, err := xml.Marshal(P{1, []string{"x"}})
	fmt.Println(string(b), err)
	b, err = xml.Marshal([]P{{2, nil}, {3, []string{"y", "z"}}})
	fmt.Println(string(b), err)
	b, err = xml.MarshalIndent(&Inv{2, []Size{1, 2}, "n"}, "", " ")
	fmt.Println(string(b), err)
	xml.NewEncoder(os.Stdout).Encode(P{4, nil})
	fmt.Println()
}
