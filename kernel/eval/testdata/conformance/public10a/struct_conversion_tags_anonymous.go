package main

import (
	"encoding/json"
	"fmt"
)

type A struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

type B struct {
	Name string `json:"full_name"`
	Age  int    `json:"years"`
}

func main() {
	a := A{"ann", 30}
	b := B(a) // identical fields; tags ignored in conversion
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	fmt.Println(string(ja), string(jb))
	anon := struct {
		Name string
		Age  int
	}{"bob", 40}
	a2 := A(anon)
	var b2 B = B(anon)
	fmt.Println(a2, b2)
	// An anonymous struct value is assignable to a named type with the
	// same underlying type (no tags here).
	type P struct{ X, Y int }
	var p P = struct{ X, Y int }{1, 2}
	fmt.Println(p)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(pts, P(pts[1]))
	fmt.Printf("%T %T\n", anon, pts)
}
