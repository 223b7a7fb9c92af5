// encoding/xml and encoding/json with instances of generic struct types:
// the root element is named after the generic type without its type
// arguments, and the field tags are kept.
package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
)

type Pair[K, V any] struct {
	Key K `xml:"key" json:"k"`
	Val V `xml:"val" json:"v"`
}

type Envelope[T any] struct {
	ID    int `xml:"id,attr"`
	Items []T `xml:"item"`
}

func roundTrip[T comparable](v T) {
	data, err := xml.Marshal(v)
	fmt.Println(string(data), err)
	var back T
	err = xml.Unmarshal(data, &back)
	fmt.Println(back == v, err)
}

func main() {
	roundTrip(Pair[string, int]{"a", 1})
	roundTrip(Pair[int, bool]{7, true})
	data, err := xml.Marshal(&Envelope[string]{ID: 3, Items: []string{"x", "y"}})
	fmt.Println(string(data), err)
	var e Envelope[int]
	err = xml.Unmarshal([]byte(`<Envelope id="9"><item>4</item><item>5</item></Envelope>`), &e)
	fmt.Println(e.ID, e.Items, err)
	js, err := json.Marshal([]Pair[string, float64]{{"pi", 3.14}})
	fmt.Println(string(js), err)
}
