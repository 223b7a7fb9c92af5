package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// A Decoder's errors and offsets while reading an array of items, one of
// them of the wrong type, one not valid JSON.
func main() {
	dec := json.NewDecoder(strings.NewReader(`[{"id":1,"name":"a"},{"id":"2","name":"b"},{"id":3,"name":"c"},{"id":4,,}]`))
	if _, err := dec.Token(); err != nil {
		fmt.Println(err)
		return
	}
	for dec.More() {
		var it Item
		err := dec.Decode(&it)
		var ute *json.UnmarshalTypeError
		var se *json.SyntaxError
		switch {
		case errors.As(err, &ute):
			fmt.Println("type:", ute.Field, ute.Value, ute.Offset, it)
		case errors.As(err, &se):
			fmt.Println("syntax:", se.Offset, se)
			return
		case err != nil:
			fmt.Println("other:", err)
			return
		default:
			fmt.Println("ok:", it, dec.InputOffset())
		}
	}
}
