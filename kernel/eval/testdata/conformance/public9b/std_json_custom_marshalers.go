package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var names = []string{"debug", "info", "warn", "error"}

func (l Level) MarshalText() ([]byte, error) {
	if l < 0 || int(l) >= len(names) {
		return nil, fmt.Errorf("bad level %d", int(l))
	}
	return []byte(names[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range names {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return errors.New("unknown level " + string(b))
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"c":%.1f,"f":%.1f}`, float64(c), float64(c)*9/5+32)), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var v struct{ C float64 }
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("celsius: %w", err)
	}
	*c = Celsius(v.C)
	return nil
}

type Reading struct {
	Sensor string        `json:"sensor"`
	Level  Level         `json:"level"`
	Temp   Celsius       `json:"temp"`
	ByLvl  map[Level]int `json:"by_level"`
	Ptr    *Celsius      `json:"ptr"`
}

func main() {
	c := Celsius(-3.5)
	r := Reading{"s1", Warn, 21.5, map[Level]int{Error: 2, Debug: 5}, &c}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	var back Reading
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Sensor, back.Level, back.Temp, back.ByLvl, *back.Ptr)
	var items []any
	items = append(items, Level(1), Celsius(100), &r.Level)
	b, err = json.Marshal(items)
	fmt.Println(string(b), err)
	_, err = json.Marshal(Level(9))
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"level":"LOUD"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"temp":"hot"}`), &back)
	fmt.Println(err)
	var lv Level
	fmt.Println(json.Unmarshal([]byte(`"ERROR"`), &lv), lv)
}
