package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

type Named Point

type Wrapper struct {
	Point `json:"pt"`
	Named
	Inline struct {
		Z int `json:"z"`
	}
	Ptr *struct{ Q string }
}

// Embedded structs with and without tags, a defined struct embedded
// (its fields promoted), anonymous struct fields and pointers to them.
func main() {
	w := Wrapper{Point: Point{1, 2}, Named: Named{3, 4}}
	w.Inline.Z = 5
	out, err := json.Marshal(w)
	fmt.Println(string(out), err)
	var back Wrapper
	err = json.Unmarshal([]byte(`{"pt":{"X":7},"X":8,"Inline":{"z":9},"Ptr":{"Q":"q"}}`), &back)
	fmt.Printf("%v %+v %s\n", err, back.Point, back.Ptr.Q)
	fmt.Println(back.Named.X, back.Inline.Z)
	err = json.Unmarshal([]byte(`{"Inline":{"z":"s"}}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Y":"s"}`), &back)
	fmt.Println(err)
}
