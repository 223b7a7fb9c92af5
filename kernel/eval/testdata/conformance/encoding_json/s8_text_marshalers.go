package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// MarshalText and UnmarshalText of notebook types: as values (JSON
// strings), as map keys of a non-string kind, with a pointer receiver on
// an addressable field.

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", p.X, p.Y)), nil }

func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &p.X, &p.Y)
	return err
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	for i, n := range []string{"red", "green", "blue"} {
		if n == string(b) {
			*c = Color(i)
			return nil
		}
	}
	return fmt.Errorf("bad color %q", b)
}

type Slug string

func (s *Slug) MarshalText() ([]byte, error) {
	return []byte(strings.ReplaceAll(string(*s), " ", "-")), nil
}

type Doc struct {
	At     Point
	Paint  Color
	Counts map[Color]int
	Where  map[Point]string
	Slug   Slug
}

func main() {
	d := Doc{At: Point{1, 2}, Paint: 2, Counts: map[Color]int{0: 3, 1: 1}, Where: map[Point]string{{0, 0}: "origin"}, Slug: "hello world"}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&d)
	fmt.Println(string(b), err)
	var back Doc
	err = json.Unmarshal([]byte(`{"At":"5:6","Paint":"green","Counts":{"blue":7},"Where":{"3:4":"x"}}`), &back)
	fmt.Println(err, back.At, back.Paint, back.Counts, back.Where)
	err = json.Unmarshal([]byte(`{"Paint":"pink"}`), &back)
	fmt.Println(err)
}
