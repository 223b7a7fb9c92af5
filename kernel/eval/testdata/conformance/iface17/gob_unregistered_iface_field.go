package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Shape interface{ Area() float64 }

type Tri struct{ B, H float64 }

func (t Tri) Area() float64 { return t.B * t.H / 2 }

type Doc struct {
	Title string
	S     Shape
}

func main() {
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(Doc{"t", Tri{2, 3}})
	fmt.Println(err)
	err = gob.NewEncoder(&buf).Encode(Doc{Title: "nil shape"})
	fmt.Println(err)
	var d Doc
	err = gob.NewDecoder(&buf).Decode(&d)
	fmt.Println(d.Title, d.S == nil, err)
}
