package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Center Point
	Pts    []Point
	ByName map[string]Point
	Ptr    *Point
}

func main() {
	var s Shape
	fmt.Println(json.Unmarshal([]byte(`{"Center": 5}`), &s))
	fmt.Println(json.Unmarshal([]byte(`{"Pts": [1]}`), &s))
	fmt.Println(json.Unmarshal([]byte(`{"ByName": {"a": "x"}}`), &s))
	fmt.Println(json.Unmarshal([]byte(`{"Ptr": true}`), &s))
	fmt.Println(json.Unmarshal([]byte(`{"Center": {"X": "no"}}`), &s))
	var p Point
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &p))
	var ps []Point
	fmt.Println(json.Unmarshal([]byte(`{}`), &ps))
	var mp map[string]Point
	fmt.Println(json.Unmarshal([]byte(`[]`), &mp))
	var arr [2]Point
	fmt.Println(json.Unmarshal([]byte(`"s"`), &arr))
	var m map[Point]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &m))
}
