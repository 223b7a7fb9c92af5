// encoding/xml with an embedded *sync.Mutex and an embedded compiled struct.
package main

import (
	"encoding/xml"
	"fmt"
	"image"
	"sync"
)

type Item struct {
	*sync.Mutex
	image.Point
	Name string `xml:"name"`
}

func main() {
	it := Item{Mutex: new(sync.Mutex), Point: image.Pt(3, 4), Name: "i"}
	b, err := xml.Marshal(it)
	fmt.Println(string(b), err)
	var it2 Item
	err = xml.Unmarshal([]byte(`<Item><X>7</X><name>z</name></Item>`), &it2)
	fmt.Println(it2.X, it2.Name, err)
}
