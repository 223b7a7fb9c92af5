// Embedding compiled named non-struct types with methods beside fields
// (time.Duration, time.Month).
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"time"
)

type Timeout struct {
	time.Duration
	Name string
}

type Season struct {
	time.Month
	Hot bool
}

func main() {
	t := Timeout{Duration: 1500 * time.Millisecond, Name: "t"}
	fmt.Println(t.Seconds(), t.String(), t.Name)
	fmt.Println(t)
	b, _ := json.Marshal(t)
	fmt.Println(string(b))
	s := Season{Month: time.July, Hot: true}
	fmt.Println(s, s.String())
	f := reflect.TypeOf(s).Field(0)
	fmt.Println(f.Name, f.Anonymous)
}
