package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/netip"
	"time"
)

type Origin struct{ netip.Addr }

type When struct{ time.Time }

type Rec struct {
	XMLName xml.Name `xml:"rec"`
	From    Origin   `xml:"from,attr"`
	At      When     `xml:"at"`
}

func main() {
	a := Origin{netip.MustParseAddr("10.0.0.1")}
	b, err := json.Marshal(map[Origin]int{a: 1})
	fmt.Println(string(b), err)
	var m map[Origin]int
	fmt.Println(json.Unmarshal([]byte(`{"192.168.1.1":5}`), &m), m)
	r := Rec{From: a, At: When{time.Date(2021, 2, 3, 4, 5, 6, 0, time.UTC)}}
	b, err = xml.Marshal(r)
	fmt.Println(string(b), err)
	var back Rec
	fmt.Println(xml.Unmarshal(b, &back), back.From, back.At.Year())
}
