package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type T struct{ N int }

func (t *T) UnmarshalJSON(b []byte) error {
	if string(b) == "3" {
		return errors.New("bad three")
	}
	return json.Unmarshal(b, &t.N)
}

// An element whose UnmarshalJSON fails stops the decoding there: a slice
// is as long as the decoder had grown it.
func main() {
	var s []T
	err := json.Unmarshal([]byte(`[1,2,3,4]`), &s)
	fmt.Println(err, len(s), s)
	var p []*T
	err = json.Unmarshal([]byte(`[1,2,3,4]`), &p)
	fmt.Println(err, len(p), p[0].N, p[2])
	var a [4]T
	err = json.Unmarshal([]byte(`[1,2,3,4]`), &a)
	fmt.Println(err, a)
	var m map[string]T
	err = json.Unmarshal([]byte(`{"a":1,"b":3}`), &m)
	fmt.Println(err, len(m), m["a"])
	s2 := []T{{9}, {9}, {9}, {9}, {9}, {9}}
	err = json.Unmarshal([]byte(`[1,2,3]`), &s2)
	fmt.Println(err, len(s2), s2)
	type W struct{ L []T }
	var w W
	err = json.Unmarshal([]byte(`{"L":[1,3,5]}`), &w)
	fmt.Println(err, w)
}
