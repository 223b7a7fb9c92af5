package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Point struct{ X, Y int }
type Points []Point

// InvalidUnmarshalError names the notebook type given by value or as nil.
func main() {
	var p Point
	fmt.Println(json.Unmarshal([]byte(`{}`), p))
	var pp *Point
	fmt.Println(json.Unmarshal([]byte(`{}`), pp))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var ps Points
	err := json.Unmarshal([]byte(`[]`), ps)
	var ie *json.InvalidUnmarshalError
	fmt.Println(err, errors.As(err, &ie))
	fmt.Println(json.Unmarshal([]byte(`[{"X":1}]`), &ps), ps)
	var m map[string]Point
	fmt.Println(json.Unmarshal([]byte(`{"a":{"Y":2}}`), &m), m)
}
