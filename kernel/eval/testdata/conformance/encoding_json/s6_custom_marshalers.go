package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.Repeat("*", int(l)))
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*l = Level(len(s))
	return nil
}

type Temp struct{ C float64 }

func (t *Temp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, t.C)), nil
}

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "#%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type Report struct {
	Lvl    Level
	LvlP   *Level
	T      Temp
	TP     *Temp
	Fg     Color
	Colors map[Color]int
}

func main() {
	l := Level(2)
	r := Report{Lvl: 3, LvlP: &l, T: Temp{20}, TP: &Temp{21.5}, Fg: Color{255, 0, 16}, Colors: map[Color]int{{1, 2, 3}: 1}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]*Temp{{1}, nil})
	fmt.Println(string(b))
	var back Report
	err = json.Unmarshal([]byte(`{"Lvl":"****","LvlP":"*","Fg":"#0a0b0c","Colors":{"#010101":5}}`), &back)
	fmt.Println(err, back.Lvl, *back.LvlP, back.Fg, back.Colors)
	err = json.Unmarshal([]byte(`{"Lvl":4}`), &back)
	fmt.Println(err)
	b, _ = json.Marshal([]Level{1, 2})
	fmt.Println(string(b))
}
