package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

type Level int

func (l *Level) UnmarshalText(b []byte) error {
	*l = Level(len(b))
	return nil
}

type Inner struct {
	At  Point `json:"at"`
	Lvl Level
}

type Grid struct {
	Origin Point
	In     Inner `json:"in"`
	Any    any
}

// A type error for a field whose UnmarshalText the decoder calls names
// the field's type.
func main() {
	var g Grid
	for _, in := range []string{`{"Origin":7}`, `{"in":{"at":true}}`, `{"in":{"Lvl":[1]}}`, `{"Origin":"1,2","Any":{"a":1}}`} {
		err := json.Unmarshal([]byte(in), &g)
		fmt.Println(err)
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			fmt.Println(ute.Value, ute.Type, ute.Struct, ute.Field)
		}
	}
	fmt.Println(g.Origin, g.Any)
}
