package main

import (
	"bytes"
	"encoding/gob"
	"encoding/xml"
	"fmt"
)

type Point struct{ X, Y int }

type Bag struct {
	M map[string]Point
}

type Holder struct {
	F func()
	P Point
}

func main() {
	_, err := xml.Marshal(map[string]Point{})
	fmt.Println(err)
	_, err = xml.Marshal(Bag{M: map[string]Point{}})
	fmt.Println(err)
	_, err = xml.Marshal(make(chan Point))
	fmt.Println(err)
	var buf bytes.Buffer
	err = gob.NewEncoder(&buf).Encode(Holder{})
	fmt.Println(err)
	err = gob.NewEncoder(&buf).Encode(map[Point][]chan int{})
	fmt.Println(err)
	var pts []Point
	err = gob.NewDecoder(bytes.NewReader(nil)).Decode(pts)
	fmt.Println(err)
}
