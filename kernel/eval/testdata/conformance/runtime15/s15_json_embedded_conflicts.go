package main

import (
	"encoding/json"
	"fmt"
)

type A struct {
	Name string
	X    int `json:"x"`
}

type B struct {
	Name string
	Y    int `json:"x"`
}

type C struct {
	Name string `json:"Name"`
}

type Both struct {
	A
	B
}

type Tagged struct {
	A
	C
}

type Outer struct {
	*A
	Name string
}

// Embedded structs: conflicting names are dropped, a tagged name wins,
// the outer field hides, and a nil embedded pointer is skipped or
// allocated.
func main() {
	b := Both{A{"a", 1}, B{"b", 2}}
	out, _ := json.Marshal(b)
	fmt.Println(string(out))
	t := Tagged{A{"a", 1}, C{"c"}}
	out, _ = json.Marshal(t)
	fmt.Println(string(out))
	o := Outer{Name: "out"}
	out, _ = json.Marshal(o)
	fmt.Println(string(out))
	var o2 Outer
	err := json.Unmarshal([]byte(`{"Name":"n","x":5}`), &o2)
	fmt.Println(err, o2.Name, o2.A != nil, o2.A.X, o2.A.Name)
	var b2 Both
	err = json.Unmarshal([]byte(`{"Name":"n","x":5}`), &b2)
	fmt.Printf("%v %+v\n", err, b2)
	var t2 Tagged
	err = json.Unmarshal([]byte(`{"Name":"n","x":"bad"}`), &t2)
	fmt.Printf("%v %+v\n", err, t2)
}
