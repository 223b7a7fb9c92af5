package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Color int

func (c Color) MarshalJSON() ([]byte, error) {
	return json.Marshal([...]string{"red", "green", "blue"}[c])
}

func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*c = Color(strings.Index("rgb", s[:1]))
	return nil
}

type Name string

func (n Name) String() string { return "name:" + string(n) }

type Temp float64

func (t Temp) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%.1fC", float64(t))), nil }

type Tags []string

type Count int

type Inner struct {
	Note Name  `json:"note"`
	C    Color `json:"c"`
}

type Shape struct {
	Fill    Color           `json:"fill"`
	Stroke  *Color          `json:"stroke,omitempty"`
	Name    Name            `json:"name"`
	Temp    Temp            `json:"temp"`
	Tags    Tags            `json:"tags,omitempty"`
	N       Count           `json:"n,omitempty"`
	Label   Name            `json:"label,omitempty"`
	Palette []Color         `json:"palette"`
	ByTemp  map[string]Temp `json:"by_temp"`
	Inner   Inner           `json:"inner"`
	Ptr     *Inner          `json:"ptr,omitempty"`
	Nums    map[Name]Count  `json:"nums,omitempty"`
}

func main() {
	s := Shape{Fill: 2, Name: "sq", Temp: 21.5, Palette: []Color{0, 1}, ByTemp: map[string]Temp{"a": 3}, Inner: Inner{"n", 1}}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	c := Color(1)
	s.Stroke = &c
	s.Tags = Tags{"a"}
	s.N = 3
	s.Label = "l"
	s.Ptr = &Inner{"p", 2}
	s.Nums = map[Name]Count{"k": 1}
	b, err = json.MarshalIndent(&s, "", " ")
	fmt.Println(string(b), err)
	var back Shape
	err = json.Unmarshal([]byte(`{"fill":"blue","stroke":"green","palette":["green","red"],"inner":{"note":"q","c":"blue"},"n":4}`), &back)
	fmt.Println(err, back.Fill, *back.Stroke, back.Palette, back.Inner.C, back.Inner.Note, back.N)
	fmt.Printf("%v %+v\n", back.Inner, back.Inner)
}
