package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil }

func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var colorNames = []string{"red", "green", "blue"}

func (c Color) MarshalText() ([]byte, error) { return []byte(colorNames[c]), nil }
func (c *Color) UnmarshalText(b []byte) error {
	for i, n := range colorNames {
		if n == strings.ToLower(string(b)) {
			*c = Color(i)
			return nil
		}
	}
	return fmt.Errorf("unknown color %q", b)
}

type Canvas struct {
	Pixels map[Point]Color `json:"pixels"`
	Bg     Color           `json:"bg"`
	Tags   []Color         `json:"tags,omitempty"`
}

func main() {
	c := Canvas{Pixels: map[Point]Color{{1, 2}: Red, {0, 0}: Blue}, Bg: Green}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)
	var back Canvas
	err = json.Unmarshal([]byte(`{"pixels":{"3,4":"GREEN","0,1":"red"},"bg":"blue","tags":["red","blue"]}`), &back)
	fmt.Println(err, back.Pixels[Point{3, 4}], back.Pixels[Point{0, 1}], back.Bg, back.Tags, len(back.Pixels))
	err = json.Unmarshal([]byte(`{"bg":"purple"}`), &back)
	fmt.Println(err)
	m := map[Color][]Point{Blue: {{1, 1}}, Red: nil}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
	var m2 map[Color]int
	fmt.Println(json.Unmarshal([]byte(`{"green":2,"blue":3}`), &m2), m2)
}
