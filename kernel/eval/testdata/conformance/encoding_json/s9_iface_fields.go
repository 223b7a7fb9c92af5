package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type Money struct{ Cents int }

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Color int

func (c Color) MarshalJSON() ([]byte, error) { return json.Marshal(strings.Repeat("*", int(c))) }

type Rec struct {
	L  fmt.Stringer
	T  fmt.Stringer `json:"tag"`
	M  fmt.Stringer `json:"money,omitempty"`
	N  fmt.Stringer `json:"none,omitempty"`
	C  json.Marshaler
	A  any
	AS []fmt.Stringer
	MS map[string]fmt.Stringer
}

func main() {
	r := Rec{L: Level(2), T: Tag("go"), M: Money{1234}, C: Color(3), A: Money{5},
		AS: []fmt.Stringer{Level(0), Tag("x")}, MS: map[string]fmt.Stringer{"k": Level(1)}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, err = json.Marshal([]fmt.Stringer{Level(1), Money{7}})
	fmt.Println(string(b), err)
	var s fmt.Stringer = Tag("solo")
	b, err = json.Marshal(s)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(map[string]any{"s": s, "l": Level(1)}, "", " ")
	fmt.Println(string(b), err)
}
