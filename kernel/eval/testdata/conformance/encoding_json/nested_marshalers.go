package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 0
	case "green":
		*c = 1
	case "blue":
		*c = 2
	default:
		return fmt.Errorf("bad color %q", b)
	}
	return nil
}

type Reading struct {
	Temp   Celsius   `json:"temp"`
	Color  Color     `json:"color"`
	Others []Celsius `json:"others,omitempty"`
	Ptr    *Celsius  `json:"ptr"`
}

type Station struct {
	Name     string    `json:"name"`
	Readings []Reading `json:"readings"`
	Last     *Reading  `json:"last,omitempty"`
}

func main() {
	c := Celsius(21.5)
	s := Station{"north", []Reading{{20, 1, []Celsius{1, 2}, &c}, {-3, 2, nil, nil}}, &Reading{Temp: 5}}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]Color{"a": 0, "b": 2}, "", " ")
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode([]Color{2, 1, 0})
	enc.Encode(Reading{Temp: 1})
	var r Reading
	err = json.Unmarshal([]byte(`{"temp":3,"color":"blue"}`), &r)
	fmt.Println(r.Color, r.Temp, err)
	dec := json.NewDecoder(strings.NewReader(`{"color":"green"} {"color":"pink"}`))
	for i := 0; i < 2; i++ {
		var r Reading
		err := dec.Decode(&r)
		fmt.Println(r.Color, err)
	}
}
