// encoding/gob of values of a notebook interface type (the package's
// Example_interface): the concrete type is registered, Encode(&p) sends
// its name and value, Decode(&p) makes a value of it; a registered type
// that does not implement the interface is an error on decoding.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"log"
	"math"
)

type Point struct {
	X, Y int
}

func (p Point) Hypotenuse() float64 {
	return math.Hypot(float64(p.X), float64(p.Y))
}

type Pythagoras interface {
	Hypotenuse() float64
}

type Label struct{ S string }

func interfaceEncode(enc *gob.Encoder, p Pythagoras) {
	err := enc.Encode(&p)
	if err != nil {
		log.Fatal("encode:", err)
	}
}

func interfaceDecode(dec *gob.Decoder) Pythagoras {
	var p Pythagoras
	err := dec.Decode(&p)
	if err != nil {
		log.Fatal("decode:", err)
	}
	return p
}

func main() {
	var network bytes.Buffer
	gob.Register(Point{})
	gob.Register(Label{})
	enc := gob.NewEncoder(&network)
	for i := 1; i <= 3; i++ {
		interfaceEncode(enc, Point{3 * i, 4 * i})
	}
	dec := gob.NewDecoder(&network)
	for i := 1; i <= 3; i++ {
		result := interfaceDecode(dec)
		fmt.Println(result.Hypotenuse())
		fmt.Printf("%T %v\n", result, result)
	}
	var buf bytes.Buffer
	var a any = Label{"x"}
	if err := gob.NewEncoder(&buf).Encode(&a); err != nil {
		fmt.Println(err)
	}
	var p Pythagoras
	err := gob.NewDecoder(&buf).Decode(&p)
	fmt.Println(err, p == nil)
}
