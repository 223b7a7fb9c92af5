package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Coord struct{ R, C int }

func (c Coord) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", c.R, c.C)), nil }

func (c *Coord) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &c.R, &c.C)
	if err != nil {
		return fmt.Errorf("coord %q: %w", b, err)
	}
	return nil
}

type Lang string

func (l Lang) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(l))), nil }

type Sheet struct {
	Cells map[Coord]string `json:"cells"`
	Names map[Lang]int     `json:"names"`
}

// Maps with TextMarshaler keys: marshal sorts by the text, unmarshal
// calls UnmarshalText, and its error stops the decoding.
func main() {
	s := Sheet{Cells: map[Coord]string{{1, 2}: "a", {0, 9}: "b", {10, 0}: "c"}, Names: map[Lang]int{"go": 1, "py": 2}}
	out, err := json.Marshal(s)
	fmt.Println(string(out), err)
	var back Sheet
	err = json.Unmarshal(out, &back)
	fmt.Println(err, back.Cells[Coord{10, 0}], len(back.Cells), back.Names["GO"])
	var bad Sheet
	err = json.Unmarshal([]byte(`{"names":{"a":1},"cells":{"1:1":"x","oops":"y"}}`), &bad)
	fmt.Println(err, len(bad.Cells), bad.Names == nil)
	ind, _ := json.MarshalIndent(map[Coord]bool{{2, 2}: true, {1, 1}: false}, "", "  ")
	fmt.Println(string(ind))
}
