package main

import (
	"encoding/xml"
	"fmt"
)

type Fault struct {
	Code   int    `xml:"code,attr"`
	Reason string `xml:"reason"`
}

func (f Fault) Error() string  { return fmt.Sprintf("fault %d", f.Code) }
func (f Fault) String() string { return "F" }

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }
func (l Level) Error() string                { return "level" }

type Envelope struct {
	XMLName xml.Name     `xml:"env"`
	Err     error        `xml:"err"`
	S       fmt.Stringer `xml:"s"`
	Lvl     error        `xml:"lvl"`
}

func main() {
	b, err := xml.Marshal(Envelope{Err: Fault{7, "bad"}, S: Fault{8, "worse"}, Lvl: Level(3)})
	fmt.Println(string(b), err)
	b, err = xml.Marshal([]error{Fault{1, "a"}})
	fmt.Println(string(b), err)
}
