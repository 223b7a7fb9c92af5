package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Note struct {
	Title string
	Tags  []string
}

// A syntax error decodes nothing; its offset and message are Go's.
func main() {
	for _, d := range []string{
		`{"Title":"a","Tags":["x",]}`,
		`{"Title":"a"`,
		`{"Title" "a"}`,
		``,
		`{"Title":"a"} trailing`,
		`[1,2]`,
		`{"Title":tru}`,
	} {
		n := Note{Title: "old"}
		err := json.Unmarshal([]byte(d), &n)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("syntax at %d: %v | %+v\n", se.Offset, se, n)
			continue
		}
		fmt.Printf("%v | %+v\n", err, n)
	}
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{"b":null}]}`)), json.Valid([]byte(`{a:1}`)))
}
