package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Inner struct {
	A int `json:"a"`
}

type Base struct {
	ID string `json:"id"`
}

type Config struct {
	Base
	Name  string `json:"name"`
	Inner Inner  `json:"inner"`
	List  []Inner
	Skip  string `json:"-"`
}

// Decoder.DisallowUnknownFields with notebook types, nested and embedded.
func main() {
	docs := []string{
		`{"id":"1","name":"x","inner":{"a":1}}`,
		`{"id":"1","name":"x","extra":true}`,
		`{"inner":{"a":1,"b":2}}`,
		`{"List":[{"a":1},{"c":3}]}`,
		`{"Skip":"no"}`,
		`{"ID":"case","NAME":"folded"}`,
	}
	for _, d := range docs {
		var c Config
		dec := json.NewDecoder(strings.NewReader(d))
		dec.DisallowUnknownFields()
		err := dec.Decode(&c)
		fmt.Printf("%+v err=%v\n", c, err)
	}
}
