// A struct embedding time.Time has its MarshalJSON and UnmarshalJSON:
// json encodes only the time, and decoding a time string sets it.
package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Stamp struct {
	time.Time
	Note string
}

type Outer struct {
	At   Stamp
	Name string
}

func main() {
	s := Stamp{Time: time.Date(2021, 7, 8, 9, 10, 11, 0, time.UTC), Note: "n"}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	o := Outer{At: s, Name: "o"}
	b, err = json.Marshal(o)
	fmt.Println(string(b), err)
	var o2 Outer
	err = json.Unmarshal(b, &o2)
	fmt.Println(err, o2.At.Year(), o2.At.Note == "", o2.Name)
	var s2 Stamp
	fmt.Println(json.Unmarshal([]byte(`"bad"`), &s2) != nil)
}
