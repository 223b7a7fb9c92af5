package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Embedded notebook types with marshaler methods: a promoted MarshalJSON
// encodes the whole struct, a promoted MarshalText too, an embedded
// pointer's UnmarshalJSON decodes the whole input, an embedded
// UnmarshalJSON shadowed by the outer type's own.

type Stamp struct{ At string }

func (s Stamp) MarshalJSON() ([]byte, error) { return json.Marshal("stamp:" + s.At) }

type Event struct {
	Stamp
	Name string
}

type Label string

func (l Label) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(l))), nil }

type Tagged struct {
	Label
	N int
}

type Loose struct{ Seen string }

func (l *Loose) UnmarshalJSON(b []byte) error { l.Seen = string(b); return nil }

type Outer struct {
	*Loose
	X int
}

type Strict struct {
	Loose
	Y int
}

func (s *Strict) UnmarshalJSON(b []byte) error {
	type plain struct{ Y int }
	var p plain
	err := json.Unmarshal(b, &p)
	s.Y = p.Y * 10
	return err
}

func main() {
	b, _ := json.Marshal(Event{Stamp{"noon"}, "lunch"})
	fmt.Println(string(b))
	b, _ = json.Marshal(Tagged{"hi", 1})
	fmt.Println(string(b))
	b, _ = json.Marshal([]Event{{Stamp{"a"}, "x"}})
	fmt.Println(string(b))
	o := Outer{Loose: &Loose{}}
	fmt.Println(json.Unmarshal([]byte(`{"X":1}`), &o), o.Seen, o.X)
	var s Strict
	fmt.Println(json.Unmarshal([]byte(`{"Y":2}`), &s), s.Y, s.Seen == "")
}
