package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return fmt.Errorf("empty")
	}
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToLower(string(u))), nil }

type Rec struct {
	Name  Upper
	Alias *Upper
	All   []Upper
	ByKey map[string]Upper
}

// UnmarshalText for fields, pointers, slice elements and map values; a
// non-string JSON value is a type error naming the notebook type.
func main() {
	var r Rec
	err := json.Unmarshal([]byte(`{"Name":"kim","Alias":"k","All":["a","b"],"ByKey":{"x":"y"}}`), &r)
	fmt.Println(err, r.Name, *r.Alias, r.All, r.ByKey)
	out, _ := json.Marshal(r)
	fmt.Println(string(out))
	for _, d := range []string{`{"Name":1}`, `{"All":[true]}`, `{"ByKey":{"x":2}}`, `{"Alias":""}`} {
		var r Rec
		fmt.Println(json.Unmarshal([]byte(d), &r))
	}
}
