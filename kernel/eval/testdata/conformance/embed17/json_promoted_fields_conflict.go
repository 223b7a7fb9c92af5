// json promotes the exported fields of an embedded compiled struct, and
// resolves conflicts by depth and tags.
package main

import (
	"encoding/json"
	"fmt"
	"image"
	"sync"
)

type Shape struct {
	image.Point
	X    string // hides Point.X
	Name string
	*sync.Mutex
}

type Tagged struct {
	image.Rectangle `json:"rect"`
	Min             int
}

func main() {
	s := Shape{Point: image.Pt(1, 2), X: "x", Name: "s", Mutex: new(sync.Mutex)}
	b, _ := json.Marshal(s)
	fmt.Println(string(b))
	var s2 Shape
	json.Unmarshal([]byte(`{"X":"y","Y":5,"Name":"n"}`), &s2)
	fmt.Println(s2.X, s2.Y, s2.Name, s2.Point.X)
	t := Tagged{Rectangle: image.Rect(0, 0, 2, 3), Min: 1}
	b, _ = json.Marshal(t)
	fmt.Println(string(b))
}
