package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"C`)
	var f float64
	_, err := fmt.Sscanf(s, "%g", &f)
	*c = Celsius(f)
	return err
}

type PtrOnly struct{ v int }

func (p *PtrOnly) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`{"ptr":%d}`, p.v)), nil }

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "mid", "high"}[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Reading struct {
	T     Celsius            `json:"t"`
	TP    *Celsius           `json:"tp,omitempty"`
	P     PtrOnly            `json:"p"`
	PP    *PtrOnly           `json:"pp"`
	L     Level              `json:"l"`
	ByLvl map[Level]int      `json:"by"`
	Tags  []Level            `json:"tags"`
	Extra map[string]Celsius `json:"extra,omitempty"`
}

func main() {
	c := Celsius(3)
	r := Reading{T: 21.5, TP: &c, P: PtrOnly{1}, PP: &PtrOnly{2}, L: 2,
		ByLvl: map[Level]int{0: 1, 2: 3}, Tags: []Level{1, 0}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&r)
	fmt.Println(string(b), err)
	var back Reading
	err = json.Unmarshal([]byte(`{"t":"19.5C","tp":"-2C","l":"mid","by":{"high":9,"low":1},"tags":["high"],"extra":{"a":"1C"}}`), &back)
	fmt.Println(err, back.T, *back.TP, back.L, back.ByLvl, back.Tags, back.Extra)
	err = json.Unmarshal([]byte(`{"l":"ultra"}`), &back)
	fmt.Println(err)
	var ls []Level
	fmt.Println(json.Unmarshal([]byte(`["low","nope"]`), &ls), ls)
	bi, _ := json.MarshalIndent(map[string]any{"c": Celsius(1), "l": Level(1), "p": &PtrOnly{5}}, "", "  ")
	fmt.Println(string(bi))
}
