package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"encoding/xml"
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

type Grid struct{ Cells []Point }

func main() {
	fmt.Println(reflect.TypeOf([]Point{}), reflect.TypeOf(map[string]Point{}), reflect.TypeOf(Grid{}), reflect.TypeOf(&Grid{}).Elem().Field(0).Type)
	fmt.Printf("%T %T %v\n", [2]Point{}, map[Point]bool{}, reflect.TypeOf(Point{}).Name())
	var pts []Point
	fmt.Println(xml.Unmarshal([]byte(`<a/>`), pts))
	fmt.Println(xml.Unmarshal([]byte(`<a/>`), Point{}))
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Grid{}))
	fmt.Println(binary.Read(bytes.NewReader(nil), binary.LittleEndian, &pts))
	fmt.Println(gob.NewEncoder(&buf).Encode(struct{ F func() }{}))
	var g Grid
	fmt.Println(gob.NewDecoder(bytes.NewReader([]byte{1, 2, 3})).Decode(&g))
	fmt.Println(reflect.ValueOf(pts).Kind(), reflect.ValueOf(g).Type().String())
	var x any = map[string][]Point{}
	_, ok := x.(map[string][]Point)
	fmt.Println(ok, fmt.Sprintf("%#v", []Point{{1, 2}}))
}
