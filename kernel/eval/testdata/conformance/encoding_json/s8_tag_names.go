package main

import (
	"encoding/json"
	"fmt"
)

// Struct tag names: punctuation allowed in names, invalid names falling
// back to the field name, unicode keys, an empty name with options,
// duplicate names at the same depth (both dropped), a tag on an
// unexported field.

type T struct {
	A int `json:"a-b.c"`
	B int `json:"$x%"`
	C int `json:"with space"`
	D int `json:"ключ"`
	E int `json:",omitempty"`
	F int `json:"dup"`
	G int `json:"dup"`
	H int `json:"\"quoted\""`
	i int `json:"i"`
	J int `json:"j" xml:"other"`
	K int `json:"k,omitempty,string"`
}

func main() {
	b, err := json.Marshal(T{1, 2, 3, 4, 0, 6, 7, 8, 9, 10, 11})
	fmt.Println(string(b), err)
	var t T
	err = json.Unmarshal([]byte(`{"a-b.c":1,"$x%":2,"with space":3,"ключ":4,"E":5,"dup":6,"i":9,"j":10,"k":"11"}`), &t)
	fmt.Printf("%v %+v\n", err, t)
}
