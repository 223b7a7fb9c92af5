package main

import (
	"encoding/json"
	"fmt"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }
func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(l.String())
}
func (l Level) Error() string { return "level error" }

type Tag struct{ Name string }

func (t Tag) MarshalText() ([]byte, error) { return []byte("tag:" + t.Name), nil }
func (t Tag) String() string               { return "T(" + t.Name + ")" }

type Doc struct {
	L  fmt.Stringer
	E  error
	Ls []fmt.Stringer
	M  map[string]fmt.Stringer
	A  any
}

func main() {
	d := Doc{L: Level(2), E: Level(1), Ls: []fmt.Stringer{Level(0), Tag{"x"}}, M: map[string]fmt.Stringer{"t": Tag{"y"}}, A: Level(1)}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	fmt.Println(d)
	b, err = json.Marshal([]error{Level(2)})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]error{"e": Level(0)})
	fmt.Println(string(b), err)
}
